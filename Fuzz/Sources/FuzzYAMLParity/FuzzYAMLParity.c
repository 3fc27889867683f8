// libFuzzer entry point of the differential YAML fuzzer: the fast parser and Yams must agree.
// The work is in Swift (FuzzSupport/FuzzEntryPoints.swift); see FuzzLoader.c for why this is C.
#include <stddef.h>
#include <stdint.h>

int driehoek_fuzz_yaml_parity(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  return driehoek_fuzz_yaml_parity(data, size);
}
