#include "ParallelFor.h"

#include <QThread>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace chronoline::cli {

void parallelFor(std::size_t count, int jobs, const std::function<void(std::size_t)> &work)
{
    // Files differ a lot in size, so threads take the next index when free
    // rather than a fixed share each.
    std::atomic<std::size_t> next{0};
    const auto drain = [&] {
        for (std::size_t i = next++; i < count; i = next++)
            work(i);
    };
    const std::size_t threads = std::min<std::size_t>(std::max(jobs, 1), count);
    std::vector<std::thread> helpers;
    for (std::size_t t = 1; t < threads; ++t)
        helpers.emplace_back(drain);
    drain();
    for (std::thread &h : helpers)
        h.join();
}

int defaultJobs()
{
    return std::max(1, QThread::idealThreadCount());
}

} // namespace chronoline::cli
