// libFuzzer's driver, for the fuzz binary's own entry point (Sources/capplan-fuzz): SwiftPM names an
// executable's entry itself, so libFuzzer's main is not linked and the binary calls the driver.
#ifndef CFUZZERDRIVER_H
#define CFUZZERDRIVER_H

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
