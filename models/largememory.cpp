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
#include <mutex>
#include <vector>

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

/**
 * Released blocks kept for the next allocate(), up to kKeptLimit bytes in all.
 *
 * Returning a block to the system and mapping a new one costs more than the mapping: its
 * pages are backed and zeroed again on first touch. On virtual machines the host often
 * takes memory the guest has freed back, and touching it again then costs hundreds of ms
 * per 100 MB (measured: 202 MB backed in 370-440 ms at the start of a benchmark run,
 * 12 ms once the host had it). Reloading a table, each filter keystroke's row list and
 * each export buffer would pay that again. Kept blocks are already backed.
 */
class KeptBlocks
{
public:
    static constexpr size_t kKeptLimit = size_t(512) << 20;

    /// A kept block of at least size bytes (its tail beyond size kept again), or null.
    void *take(size_t size)
    {
        std::lock_guard lock(m_mutex);
        auto best = m_blocks.end();
        for (auto it = m_blocks.begin(); it != m_blocks.end(); ++it) {
            if (it->size >= size && (best == m_blocks.end() || it->size < best->size))
                best = it;
        }
        if (best == m_blocks.end())
            return nullptr;
        void *block = best->start;
        const size_t rest = best->size - size;
        m_keptBytes -= size;
        if (rest > 0)
            *best = {static_cast<char *>(block) + size, rest};
        else
            m_blocks.erase(best);
        return block;
    }
    /// Keeps the block if there is room; false when the caller should unmap it.
    bool keep(void *block, size_t size)
    {
        std::lock_guard lock(m_mutex);
        if (m_keptBytes + size > kKeptLimit)
            return false;
        m_blocks.push_back({block, size});
        m_keptBytes += size;
        return true;
    }
    size_t keptBytes()
    {
        std::lock_guard lock(m_mutex);
        return m_keptBytes;
    }
    /// Unmaps every kept block.
    void clear()
    {
        std::vector<Block> blocks;
        {
            std::lock_guard lock(m_mutex);
            blocks.swap(m_blocks);
            m_keptBytes = 0;
        }
        for (const Block &b : blocks)
            munmap(b.start, b.size);
    }

private:
    struct Block
    {
        void *start;
        size_t size;
    };
    std::mutex m_mutex;
    std::vector<Block> m_blocks;
    size_t m_keptBytes = 0;
};

KeptBlocks &keptBlocks()
{
    static KeptBlocks *const blocks = new KeptBlocks; // outlives every static array
    return *blocks;
}

void *mapBlock(size_t bytes, bool mayReuse)
{
    const size_t size = mappedSize(bytes);
    if (mayReuse) {
        if (void *block = keptBlocks().take(size)) {
            g_mapped += size;
            return block;
        }
    }
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

} // namespace
#endif

void *allocate(size_t bytes)
{
#ifdef Q_OS_LINUX
    if (bytes >= kHugeThreshold)
        return mapBlock(bytes, true);
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
#ifdef Q_OS_LINUX
    // Never a kept block: a fresh anonymous mapping reads as zero without being cleared.
    if (bytes >= kHugeThreshold)
        return mapBlock(bytes, false);
#endif
    void *p = allocate(bytes);
    std::memset(p, 0, bytes);
    return p;
}

void release(void *p, size_t bytes) noexcept
{
    if (!p)
        return;
#ifdef Q_OS_LINUX
    if (bytes >= kHugeThreshold) {
        const size_t size = mappedSize(bytes);
        g_mapped -= size;
        if (!keptBlocks().keep(p, size))
            munmap(p, size);
        return;
    }
#endif
    std::free(p);
}

size_t keptBytes() noexcept
{
#ifdef Q_OS_LINUX
    return keptBlocks().keptBytes();
#else
    return 0;
#endif
}

void releaseKept() noexcept
{
#ifdef Q_OS_LINUX
    keptBlocks().clear();
#endif
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
