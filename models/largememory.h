// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <new>
#include <string>
#include <vector>

/**
 * Memory for the big arrays of a loaded table (store columns, string pool, export buffers).
 *
 * A million sessions touch a few hundred MB of fresh memory. With 4 KiB pages that is tens
 * of thousands of page faults, and on virtual machines a fault costs several microseconds:
 * measured at 11.5 µs on the 2-core benchmark machine, so faults alone took longer than
 * the whole ingest target. Blocks from kHugeThreshold up are therefore mapped 2 MiB-aligned
 * and marked for transparent huge pages (MADV_HUGEPAGE), which Debian's default
 * "madvise" THP mode honours: one fault per 2 MiB instead of 512. Smaller blocks, and
 * systems without THP, use the normal heap. See docs/performance.md.
 */
namespace LargeMemory {

inline constexpr size_t kHugeThreshold = size_t(1) << 20;

/// Never returns null: throws std::bad_alloc like operator new.
void *allocate(size_t bytes);
void release(void *p, size_t bytes) noexcept;
/// Bytes currently mapped for blocks from kHugeThreshold up (outside the malloc heap).
size_t mappedBytes() noexcept;

template<typename T>
struct Allocator
{
    using value_type = T;

    Allocator() noexcept = default;
    template<typename U>
    Allocator(const Allocator<U> &) noexcept
    {
    }

    T *allocate(size_t n) { return static_cast<T *>(LargeMemory::allocate(n * sizeof(T))); }
    void deallocate(T *p, size_t n) noexcept { LargeMemory::release(p, n * sizeof(T)); }

    template<typename U>
    bool operator==(const Allocator<U> &) const noexcept
    {
        return true;
    }
};

} // namespace LargeMemory

/// Asks the CPU to start loading the cache line at p (a hint; no effect where unsupported).
inline void prefetch(const void *p)
{
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(p);
#else
    (void)p;
#endif
}

template<typename T>
using LargeVector = std::vector<T, LargeMemory::Allocator<T>>;
using LargeString = std::basic_string<char, std::char_traits<char>, LargeMemory::Allocator<char>>;

/// Row numbers of a table: views, sort orders and filter results of up to millions of rows.
using RowList = LargeVector<int>;
