#pragma once

#include <sys/resource.h>

namespace chronoline::bench {

// The process's peak resident set so far, in MB: what the benchmarks of pathological inputs
// report after each stage.
inline double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

} // namespace chronoline::bench
