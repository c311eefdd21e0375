// Declarations only (include/CFuzzerDriver.h); libFuzzer defines them when built with -sanitize=fuzzer.
#include "CFuzzerDriver.h"
