#pragma once

#include <cstddef>
#include <functional>

namespace chronoline::cli {

// Runs work(i) for every i in [0, count) on up to `jobs` threads (the caller's
// thread included) and returns when all are done. Used to tag many corpus
// files at once; the tagger keeps its scratch state per thread. `work` must
// write only to its own slot of a result array.
void parallelFor(std::size_t count, int jobs, const std::function<void(std::size_t)> &work);

// One job per core, as QThread::idealThreadCount() sees it.
int defaultJobs();

} // namespace chronoline::cli
