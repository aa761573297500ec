# Muqeem Web: the two commands are `make run` and `make test` (see README.md).
PORT ?= 8080
NATIVE := build/native
WASM := build/wasm
SITE := $(WASM)/site
PORTAL := $(NATIVE)/src/portal/muqeem-portal
JOBS ?= $(shell nproc)

# Debian's emcc needs Debian's node modules on NODE_PATH (Node here comes from elsewhere).
export NODE_PATH := /usr/share/nodejs:/usr/lib/nodejs
export EMSDK_PYTHON := /usr/bin/python3

.PHONY: all bootstrap native wasm build run test test-native test-browser size format clean

all: build

# Re-runs when the bootstrap or what it installs changes; otherwise a stamp check and nothing else.
third_party/.bootstrapped: scripts/bootstrap scripts/unpack-source scripts/debian-packages.txt \
                           scripts/third-party.txt package-lock.json fonts/fonts.txt fonts/unicodes.txt
	scripts/bootstrap
bootstrap: third_party/.bootstrapped

$(NATIVE)/build.ninja: | third_party/.bootstrapped
	cmake -G Ninja -S . -B $(NATIVE) -DCMAKE_BUILD_TYPE=RelWithDebInfo
$(WASM)/build.ninja: | third_party/.bootstrapped
	emcmake cmake -G Ninja -S . -B $(WASM) -DCMAKE_BUILD_TYPE=Release

native: third_party/.bootstrapped $(NATIVE)/build.ninja
	cmake --build $(NATIVE) -j $(JOBS)
wasm: third_party/.bootstrapped $(WASM)/build.ninja
	cmake --build $(WASM) -j $(JOBS)
build: native wasm

run: build
	$(PORTAL) --port $(PORT) --site $(SITE)

test: build test-native test-browser
test-native: native
	cd $(NATIVE) && ctest --output-on-failure -j $(JOBS)
test-browser: build
	npx playwright test

size: wasm
	scripts/size-report $(SITE)

format:
	git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf build
