// SPDX-License-Identifier: GPL-3.0-or-later
#include "largememory.h"

#include "computepool.h"

#include <QThreadPool>
#include <QtGlobal>

#include <algorithm>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <cstring>

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

void *reallocate(void *p, size_t oldBytes, size_t newBytes, size_t usedBytes)
{
    if (!p)
        return allocate(newBytes);
#ifdef Q_OS_LINUX
    if (oldBytes >= kHugeThreshold && newBytes >= kHugeThreshold) {
        const size_t oldSize = mappedSize(oldBytes), newSize = mappedSize(newBytes);
        if (oldSize == newSize)
            return p;
        void *moved = mremap(p, oldSize, newSize, MREMAP_MAYMOVE);
        if (moved == MAP_FAILED)
            throw std::bad_alloc();
#ifdef MADV_HUGEPAGE
        if (newSize > oldSize)
            madvise(moved, newSize, MADV_HUGEPAGE);
#endif
        g_mapped += newSize;
        g_mapped -= oldSize;
        return moved;
    }
#endif
    void *q = allocate(newBytes);
    std::memcpy(q, p, std::min(usedBytes, newBytes));
    release(p, oldBytes);
    return q;
}

#ifdef Q_OS_LINUX
namespace {
std::atomic<int> g_frontsPending{0};

// MADV_POPULATE_WRITE (Linux 5.14) faults pages in as a write would, without writing;
// older kernels refuse it and the pages fault on first touch as before. In 2 MiB steps,
// so a thread touching the same block never waits long behind this one.
constexpr int kPopulateWrite = 23;
constexpr uintptr_t kStep = uintptr_t(2) << 20;

void populateForwards(uintptr_t begin, uintptr_t end)
{
    for (uintptr_t at = begin; at < end;) {
        const uintptr_t stepEnd = end - at > kStep ? at + kStep : end;
        if (madvise(reinterpret_cast<void *>(at), stepEnd - at, kPopulateWrite) != 0)
            return;
        at = stepEnd;
    }
}

// Arrays fill from the front, so a thread appending fast and this one meet once instead
// of one waiting on each page the other is just backing.
void populateBackwards(uintptr_t begin, uintptr_t end)
{
    for (uintptr_t at = end; at > begin;) {
        const uintptr_t stepBegin = at - begin > kStep ? at - kStep : begin;
        if (madvise(reinterpret_cast<void *>(stepBegin), at - stepBegin, kPopulateWrite) != 0)
            return;
        at = stepBegin;
    }
}
} // namespace
#endif

bool frontsPending() noexcept
{
#ifdef Q_OS_LINUX
    return g_frontsPending.load(std::memory_order_acquire) > 0;
#else
    return false;
#endif
}

void tuneAllocator()
{
#if defined(__GLIBC__)
    // Setting any of these turns glibc's dynamic mmap threshold off, so all three are set.
    constexpr int kTopPad = 64 << 20;
    mallopt(M_TOP_PAD, kTopPad);
    mallopt(M_TRIM_THRESHOLD, 2 * kTopPad);
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
#endif
}

std::shared_ptr<const std::atomic<bool>> prefaultInBackground(void *p, size_t bytes)
{
    auto done = std::make_shared<std::atomic<bool>>(false);
#if defined(Q_OS_LINUX)
    // One thread, so prefaulting never competes with itself; it mostly waits on the kernel.
    // A static object: at exit its destructor waits for the thread, which would otherwise
    // still be running, or expiring, while static objects are destroyed.
    static QThreadPool threads;
    static QThreadPool *const pool = [] {
        threads.setMaxThreadCount(1);
        threads.setExpiryTimeout(5000);
        return &threads;
    }();
    constexpr uintptr_t kPage = 4096;
    constexpr uintptr_t kFront = uintptr_t(4) << 20;
    const auto first = (reinterpret_cast<uintptr_t>(p) + kPage - 1) & ~(kPage - 1);
    const auto last = (reinterpret_cast<uintptr_t>(p) + bytes) & ~(kPage - 1);
    if (bytes >= kHugeThreshold && last > first) {
        const uintptr_t frontEnd = std::min(last, first + kFront);
        // The fronts jump the queue (higher priority): the rest of an earlier block can wait.
        g_frontsPending.fetch_add(1, std::memory_order_acq_rel);
        pool->start(
            [first, frontEnd] {
                makeBackgroundThread();
                populateForwards(first, frontEnd);
                g_frontsPending.fetch_sub(1, std::memory_order_acq_rel);
            },
            1);
        pool->start([done, frontEnd, last] {
            makeBackgroundThread();
            populateBackwards(frontEnd, last);
            done->store(true, std::memory_order_release);
        });
        return done;
    }
#else
    Q_UNUSED(p);
    Q_UNUSED(bytes);
#endif
    done->store(true);
    return done;
}

void *allocateZeroed(size_t bytes)
{
    void *p = allocate(bytes);
#ifdef Q_OS_LINUX
    if (bytes >= kHugeThreshold)
        return p; // a fresh anonymous mapping reads as zero
#endif
    std::memset(p, 0, bytes);
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
