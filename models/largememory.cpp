// SPDX-License-Identifier: GPL-3.0-or-later
#include "largememory.h"

#include <QtGlobal>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstdlib>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace LargeMemory {

constexpr size_t kCacheLine = 64;

#ifdef Q_OS_LINUX
namespace {

constexpr size_t kHugePage = size_t(2) << 20;
std::atomic<size_t> g_mapped{0};

size_t mappedSize(size_t bytes)
{
    return (bytes + kHugePage - 1) & ~(kHugePage - 1);
}

} // namespace
#endif

void *allocate(size_t bytes)
{
#ifdef Q_OS_LINUX
    if (bytes >= kHugeThreshold) {
        const size_t size = mappedSize(bytes);
        // Map one huge page more than needed and trim both ends, so the block starts on a
        // 2 MiB boundary (the kernel can only back aligned ranges with huge pages).
        void *raw = mmap(nullptr, size + kHugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (raw == MAP_FAILED)
            throw std::bad_alloc();
        const auto start = reinterpret_cast<uintptr_t>(raw);
        const uintptr_t aligned = (start + kHugePage - 1) & ~uintptr_t(kHugePage - 1);
        if (aligned > start)
            munmap(raw, aligned - start);
        const uintptr_t end = start + size + kHugePage;
        if (end > aligned + size)
            munmap(reinterpret_cast<void *>(aligned + size), end - (aligned + size));
        void *block = reinterpret_cast<void *>(aligned);
        g_mapped += size;
#ifdef MADV_HUGEPAGE
        madvise(block, size, MADV_HUGEPAGE); // advice only: without THP the block still works
#endif
        return block;
    }
#endif
    // Cache-line aligned, so records of one cache line each (SessionStore) stay in one.
    void *p = std::aligned_alloc(kCacheLine, (std::max<size_t>(bytes, 1) + kCacheLine - 1) & ~(kCacheLine - 1));
    if (!p)
        throw std::bad_alloc();
    return p;
}

void release(void *p, size_t bytes) noexcept
{
    if (!p)
        return;
#ifdef Q_OS_LINUX
    if (bytes >= kHugeThreshold) {
        munmap(p, mappedSize(bytes));
        g_mapped -= mappedSize(bytes);
        return;
    }
#endif
    std::free(p);
}

size_t mappedBytes() noexcept
{
#ifdef Q_OS_LINUX
    return g_mapped;
#else
    return 0;
#endif
}

} // namespace LargeMemory
