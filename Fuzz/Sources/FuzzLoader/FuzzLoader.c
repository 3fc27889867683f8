// libFuzzer entry point of the loader fuzzer. The work is in Swift (FuzzSupport/FuzzEntryPoints
// .swift); this target is C because SwiftPM links Swift executables with `main` renamed to
// `<Module>_main`, which does not exist when libFuzzer supplies `main` itself.
#include <stddef.h>
#include <stdint.h>

int driehoek_fuzz_loader(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  return driehoek_fuzz_loader(data, size);
}
