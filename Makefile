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
# ccache: paths relative to the checkout, so another clone of the repository (CI's) hits the cache.
export CCACHE_BASEDIR := $(CURDIR)
export CCACHE_NOHASHDIR := true

.PHONY: all bootstrap native wasm demo build run test test-native test-browser test-engines test-contract test-fuzz fuzz fuzz-build size format clean bench bench-http bench-startup lighthouse

all: build

# Re-runs when the bootstrap or what it installs changes; otherwise a stamp check and nothing else.
third_party/.bootstrapped: scripts/bootstrap scripts/unpack-source scripts/debian-packages.txt \
                           scripts/third-party.txt package-lock.json fonts/fonts.txt fonts/unicodes.txt
	scripts/bootstrap
bootstrap: third_party/.bootstrapped

$(NATIVE)/build.ninja: | third_party/.bootstrapped
	cmake -G Ninja -S . -B $(NATIVE) -DCMAKE_BUILD_TYPE=RelWithDebInfo
$(WASM)/build.ninja: | third_party/.bootstrapped native
	emcmake cmake -G Ninja -S . -B $(WASM) -DCMAKE_BUILD_TYPE=Release

native: third_party/.bootstrapped $(NATIVE)/build.ninja
	cmake --build $(NATIVE) -j $(JOBS)
# The wasm build compiles tables the native build generates (the Umm al-Qura calendar, from ICU).
wasm: native $(WASM)/build.ninja
	cmake --build $(WASM) -j $(JOBS)
# The static demo (build/wasm/demo-site): part of `make wasm`; this builds only it.
demo: native $(WASM)/build.ninja
	cmake --build $(WASM) -j $(JOBS) --target demo-site
build: native wasm

run: build
	$(PORTAL) --port $(PORT) --site $(SITE) --database build/muqeem-demo.db --demo

test: build test-native test-contract test-fuzz test-browser test-engines
test-native: native
	cd $(NATIVE) && ctest --output-on-failure -j $(JOBS)
test-browser: build
	npx playwright test
# The journeys in Firefox ESR and WebKitGTK (tests/engines), under Xvfb so WebGL 2 comes from Mesa.
test-engines: build
	xvfb-run -a -s '-screen 0 1280x1024x24' node tests/engines/run.mjs $(SITE)
# The API contract must be a valid OpenAPI document (the browser tests check responses against it).
test-contract: bootstrap
	REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true npx redocly lint --format=stylish assets/api/openapi.yaml

size: wasm
	scripts/size-report $(SITE)
	scripts/size-report $(WASM)/demo-site
	@cat tools/size/savings.txt

format:
	git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf build

# Fuzzing (clang, libFuzzer, ASan + UBSan) in its own build. `make test` runs each target briefly;
# `make fuzz` runs them for FUZZ_SECONDS (default 10 minutes). Corpora grow in build/fuzz/corpus.
FUZZ := build/fuzz
FUZZ_SECONDS ?= 600
FUZZERS := text_layout api_router dto_decoding
$(FUZZ)/build.ninja: | third_party/.bootstrapped
	CC=clang-14 CXX=clang++-14 cmake -G Ninja -S . -B $(FUZZ) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMUQEEM_FUZZ=ON
fuzz-build: third_party/.bootstrapped $(FUZZ)/build.ninja
	cmake --build $(FUZZ) -j $(JOBS)
define run_fuzzers
	for name in $(FUZZERS); do \
	  mkdir -p $(FUZZ)/corpus/$$name && \
	  $(FUZZ)/tests/fuzz/$${name}_fuzzer -max_total_time=$(1) -print_final_stats=1 \
	    -dict=tests/fuzz/$$name.dict $(FUZZ)/corpus/$$name tests/fuzz/seeds/$$name || exit 1; \
	done
endef
test-fuzz: fuzz-build
	$(call run_fuzzers,20)
fuzz: fuzz-build
	$(call run_fuzzers,$(FUZZ_SECONDS))

# Benchmarks print figures; budgets are judged from them, never asserted in tests.
bench: native
	$(NATIVE)/tests/bench/text_benchmarks --benchmark_min_time=1
	$(NATIVE)/tests/bench/widget_benchmarks --benchmark_min_time=1
	$(NATIVE)/tests/bench/store_benchmarks --benchmark_min_time=1
	$(NATIVE)/tests/bench/portal_benchmarks --benchmark_min_time=1
bench-http: build
	scripts/bench-http
# Start-up (issue 16): usable sign-in, the app against a plain HTML page; Lighthouse's scores.
bench-startup: build
	node tools/startup/bench-startup.mjs $(SITE)
lighthouse: build
	node tools/startup/lighthouse.mjs $(SITE)
