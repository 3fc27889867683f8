// libFuzzer entry point of the CSV differential fuzzer (see FuzzSupport/FuzzEntryPoints.swift).
#include <stddef.h>
#include <stdint.h>

int driehoek_fuzz_csv(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  return driehoek_fuzz_csv(data, size);
}
