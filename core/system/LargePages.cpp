#include "system/LargePages.h"

#include <QtGlobal>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace chronoline {

void preferLargePages(void *from, void *to)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    constexpr quintptr huge = quintptr(2) << 20;
    const quintptr first = (quintptr(from) + huge - 1) & ~(huge - 1);
    const quintptr last = quintptr(to) & ~(huge - 1);
    if (first < last)
        madvise(reinterpret_cast<void *>(first), size_t(last - first), MADV_HUGEPAGE);
#else
    (void)from;
    (void)to;
#endif
}

} // namespace chronoline
