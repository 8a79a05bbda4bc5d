// libFuzzer's entry point for one target, chosen at build time by
// CHRONOLINE_FUZZ_TARGET (see CMakeLists.txt); the code under test is in FuzzTargets.cpp.
#include "FuzzTargets.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const chronoline::fuzz::FuzzTarget *target =
        chronoline::fuzz::findFuzzTarget(QString::fromLatin1(CHRONOLINE_FUZZ_TARGET));
    if (!target)
        std::abort();   // a name in CMakeLists.txt without an entry in fuzzTargets()
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString problem = target->run(input);
    if (!problem.isEmpty()) {
        // A broken promise is a bug like a crash: abort so that libFuzzer keeps the input.
        std::fprintf(stderr, "%s: %s\n", CHRONOLINE_FUZZ_TARGET, qPrintable(problem));
        std::abort();
    }
    return 0;
}
