/* FriBidi's build configuration, written by hand for the C library every target here has. */
#define HAVE_STDLIB_H 1
#define HAVE_STRING_H 1
#define HAVE_STRINGIZE 1
#define HAVE_MEMORY_H 1
#define STDC_HEADERS 1
