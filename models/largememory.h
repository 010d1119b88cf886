// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <memory>
#include <cstring>
#include <type_traits>
#include <utility>
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

/**
 * Tunes the C library's allocator for a process that loads large tables; call first thing
 * in main(). While a background thread backs reserved memory (prefaultInBackground), it
 * holds the address-space lock for milliseconds at a time; every heap growth (brk) or
 * large allocation (mmap) on the GUI thread waited for it, 10 ms each here. The heap now
 * grows in steps of 64 MiB (address space; pages are used as they are touched) and keeps
 * its top when memory is freed, and allocations below 32 MiB come from the heap.
 */
void tuneAllocator();

/// Never returns null: throws std::bad_alloc like operator new.
void *allocate(size_t bytes);
void release(void *p, size_t bytes) noexcept;
/// Bytes currently mapped for blocks from kHugeThreshold up (outside the malloc heap), not
/// counting released blocks kept for reuse.
size_t mappedBytes() noexcept;
/**
 * Released blocks from kHugeThreshold up are kept (up to 512 MiB) and handed out again by
 * allocate(), already backed with memory: reloading a table, a filter's row list or an
 * export buffer then does not fault its pages in again. keptBytes() is their total;
 * releaseKept() returns them to the system. A process that has shown a table keeps at
 * most that much beyond what it uses, as the C library keeps freed heap memory.
 */
size_t keptBytes() noexcept;
void releaseKept() noexcept;
/**
 * Grows or shrinks a block from allocate() to newBytes, keeping its first usedBytes.
 * Large blocks are moved by remapping their pages (mremap): no copy, and no page is
 * touched, so growing a 100 MB array costs microseconds instead of a copy that would
 * fault in every page again.
 */
void *reallocate(void *p, size_t oldBytes, size_t newBytes, size_t usedBytes);
/**
 * Has the system back [p, p + bytes) with memory now, on a background thread, without
 * changing its contents; the returned flag turns true when done. Large blocks are
 * otherwise backed page by page on first touch, and on virtual machines the first touch
 * of a 2 MiB page costs up to several milliseconds on whatever thread touches it.
 *
 * The first few MiB of every block, where arrays are appended to, go before the rest of
 * any block, so several arrays filled side by side are all ready at their fronts soon;
 * frontsPending() tells when that is done. The rest is backed from its end backwards.
 */
std::shared_ptr<const std::atomic<bool>> prefaultInBackground(void *p, size_t bytes);
/// True while the front of a block passed to prefaultInBackground() is not backed yet:
/// touching it now would fault on the touching thread (a GUI thread would stall).
bool frontsPending() noexcept;
/// Like allocate(), but all bytes read as zero. Large blocks come zeroed from the system,
/// page by page as they are first touched, instead of being cleared up front.
void *allocateZeroed(size_t bytes);

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

/**
 * A fixed-size array of zero-initialized trivial values in LargeMemory. Unlike a vector,
 * creating a large one costs nothing until its pages are used (a hash table is born
 * empty; clearing tens of MB on the GUI thread would stall it).
 */
template<typename T>
class ZeroedArray
{
    static_assert(std::is_trivially_copyable_v<T>, "zero bytes must be a valid value");

public:
    ZeroedArray() = default;
    explicit ZeroedArray(size_t size)
        : m_data(static_cast<T *>(LargeMemory::allocateZeroed(size * sizeof(T))))
        , m_size(size)
    {
    }
    ZeroedArray(ZeroedArray &&other) noexcept
        : m_data(std::exchange(other.m_data, nullptr))
        , m_size(std::exchange(other.m_size, 0))
    {
    }
    ZeroedArray &operator=(ZeroedArray &&other) noexcept
    {
        swap(other);
        return *this;
    }
    ZeroedArray(const ZeroedArray &other)
        : ZeroedArray(other.m_size)
    {
        if (m_size)
            std::memcpy(m_data, other.m_data, m_size * sizeof(T));
    }
    ZeroedArray &operator=(const ZeroedArray &other)
    {
        ZeroedArray copy(other);
        swap(copy);
        return *this;
    }
    ~ZeroedArray() { LargeMemory::release(m_data, m_size * sizeof(T)); }

    void swap(ZeroedArray &other) noexcept
    {
        std::swap(m_data, other.m_data);
        std::swap(m_size, other.m_size);
    }
    size_t size() const { return m_size; }
    T *data() { return m_data; }
    const T *data() const { return m_data; }
    T &operator[](size_t i) { return m_data[i]; }
    const T &operator[](size_t i) const { return m_data[i]; }
    const T *begin() const { return m_data; }
    const T *end() const { return m_data + m_size; }

private:
    T *m_data = nullptr;
    size_t m_size = 0;
};

/**
 * A growable array of trivially copyable values in LargeMemory, for the arrays that hold
 * most of a loaded table. Like std::vector, but growth remaps pages instead of copying
 * (see LargeMemory::reallocate), in steps of a quarter, so there is neither a pause nor
 * much unused room when a load outgrows its estimate.
 */
template<typename T>
class GrowableArray
{
    static_assert(std::is_trivially_copyable_v<T>, "elements are moved as bytes");

public:
    GrowableArray() = default;
    GrowableArray(const GrowableArray &other) { append(other.data(), other.size()); }
    GrowableArray &operator=(const GrowableArray &other)
    {
        if (this != &other) {
            clear();
            append(other.data(), other.size());
        }
        return *this;
    }
    GrowableArray(GrowableArray &&other) noexcept { swap(other); }
    GrowableArray &operator=(GrowableArray &&other) noexcept
    {
        swap(other);
        return *this;
    }
    ~GrowableArray() { LargeMemory::release(m_data, m_capacity * sizeof(T)); }

    void swap(GrowableArray &other) noexcept
    {
        std::swap(m_data, other.m_data);
        std::swap(m_size, other.m_size);
        std::swap(m_capacity, other.m_capacity);
    }

    size_t size() const { return m_size; }
    size_t capacity() const { return m_capacity; }
    bool empty() const { return m_size == 0; }
    T *data() { return m_data; }
    const T *data() const { return m_data; }
    T &operator[](size_t i) { return m_data[i]; }
    const T &operator[](size_t i) const { return m_data[i]; }
    T *begin() { return m_data; }
    T *end() { return m_data + m_size; }
    const T *begin() const { return m_data; }
    const T *end() const { return m_data + m_size; }
    T &back() { return m_data[m_size - 1]; }

    void reserve(size_t capacity)
    {
        if (capacity <= m_capacity)
            return;
        m_data = static_cast<T *>(LargeMemory::reallocate(m_data, m_capacity * sizeof(T), capacity * sizeof(T), m_size * sizeof(T)));
        m_capacity = capacity;
    }
    void push_back(const T &value)
    {
        growFor(1);
        m_data[m_size++] = value;
    }
    void append(const T *values, size_t count)
    {
        if (count == 0)
            return;
        growFor(count);
        std::memcpy(static_cast<void *>(m_data + m_size), values, count * sizeof(T));
        m_size += count;
    }
    /// New elements are zero bytes.
    void resize(size_t size)
    {
        if (size > m_size) {
            growFor(size - m_size);
            std::memset(static_cast<void *>(m_data + m_size), 0, (size - m_size) * sizeof(T));
        }
        m_size = size;
    }
    void clear() { m_size = 0; }
    /// Room for at least extra more elements at end(), for writing through a pointer
    /// without zero-filling first; setEnd() then marks how far was written.
    T *appendSpace(size_t extra)
    {
        growFor(extra);
        return m_data + m_size;
    }
    void setEnd(const T *end) { m_size = size_t(end - m_data); }
    /**
     * Writes the unused capacity once, before this thread fills it in small steps. When
     * another core read the memory last (a buffer handed back and forth between threads),
     * each of its cache lines would otherwise become a separate ownership request that
     * stalls the filling thread's stores; one memset claims the lines in a stream.
     */
    void claimCapacity()
    {
        if (m_capacity > m_size)
            std::memset(static_cast<void *>(m_data + m_size), 0, (m_capacity - m_size) * sizeof(T));
    }
    /// Has a background thread back the unused capacity with memory (see
    /// LargeMemory::prefaultInBackground), so appending later does not fault.
    void prefaultCapacity()
    {
        if (m_capacity > m_size)
            LargeMemory::prefaultInBackground(m_data + m_size, (m_capacity - m_size) * sizeof(T));
    }

private:
    void growFor(size_t extra)
    {
        if (m_size + extra > m_capacity) {
            reserve(std::max(m_size + extra, m_capacity + m_capacity / 4 + 4096 / sizeof(T)));
            // Large arrays grow by remapping; back the new room before appends reach it.
            if (m_capacity * sizeof(T) >= LargeMemory::kHugeThreshold)
                prefaultCapacity();
        }
    }

    T *m_data = nullptr;
    size_t m_size = 0;
    size_t m_capacity = 0;
};

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
