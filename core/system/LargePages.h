#pragma once

#include <cstddef>

namespace chronoline {

// Asks the kernel to back the whole 2 MB stretches of [from, to) with 2 MB
// pages, where it only does so when asked (transparent huge pages in "madvise"
// mode, Debian's default). For buffers of tens of megabytes written once, front
// to back (the JSON export, a long text's event drafts): faulting them in 4 KB
// at a time costs as much as filling them. A refusal changes nothing but the speed.
void preferLargePages(void *from, void *to);

// The same for the storage a vector has reserved.
template <typename Vector>
void preferLargePages(Vector &v)
{
    preferLargePages(v.data(), v.data() + v.capacity());
}

} // namespace chronoline
