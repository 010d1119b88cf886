// SPDX-License-Identifier: GPL-3.0-or-later
#include "stringpool.h"

#include "computepool.h"
#include "unaligned.h"

#include <QRandomGenerator>
#include <QString>
#include <QtConcurrent>

#include <algorithm>
#include <cstring>
#include <functional>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

StringPool::StringPool()
{
    m_offsets.push_back(0);
    m_offsets.push_back(0); // id 0: ""
    m_bytes.reserve(4096); // kReadSlack from the start
    m_foldedOffsets.push_back(0);
    m_slots = ZeroedArray<uint64_t>(1024);
    m_mask = uint32_t(m_slots.size() - 1);
    m_shift = 32 - 10;
}

namespace {
/// c lower-cased if it is an ASCII capital letter, else c.
inline unsigned char foldAscii(unsigned char c)
{
    return static_cast<unsigned char>(c | (static_cast<unsigned char>(c - 'A') < 26 ? 0x20 : 0));
}

/// Keeps kReadSlack bytes readable after the end of text, growing it by a quarter when
/// they run short (rarely).
void keepReadSlack(GrowableArray<char> &text)
{
    if (text.capacity() - text.size() < StringPool::kReadSlack)
        text.reserve(text.size() + std::max(StringPool::kReadSlack, text.size() / 4));
}

/// The 128-bit product of a and b, folded to 64 bits.
inline uint64_t foldedProduct(uint64_t a, uint64_t b)
{
#if defined(__SIZEOF_INT128__)
    __extension__ using Wide = unsigned __int128;
    const Wide product = static_cast<Wide>(a) * b;
    return uint64_t(product) ^ uint64_t(product >> 64);
#else
    const uint64_t aLow = uint32_t(a), aHigh = a >> 32, bLow = uint32_t(b), bHigh = b >> 32;
    const uint64_t lowLow = aLow * bLow, highLow = aHigh * bLow, lowHigh = aLow * bHigh;
    const uint64_t middle = (lowLow >> 32) + uint32_t(highLow) + uint32_t(lowHigh);
    const uint64_t low = (middle << 32) | uint32_t(lowLow);
    const uint64_t high = aHigh * bHigh + (highLow >> 32) + (lowHigh >> 32) + (middle >> 32);
    return low ^ high;
#endif
}
} // namespace

uint64_t StringPool::hashOf(std::string_view text)
{
    // Sixteen bytes per step, as two words multiplied with each other (full 128-bit
    // product, folded), then once more with the length: two multiplications for the short
    // texts that make up most fields, where a word-at-a-time chain took one per word plus
    // a finalizer. The keys are random per process, so a hostile server cannot prepare
    // colliding strings offline (nor a word that zeroes a product).
    struct Keys
    {
        uint64_t a, b, c;
    };
    static const Keys keys = [] {
        QRandomGenerator random = QRandomGenerator::securelySeeded();
        return Keys{random.generate64(), random.generate64(), random.generate64()};
    }();
    constexpr uint64_t k = 0x9E3779B97F4A7C15ULL;
    const char *p = text.data();
    const size_t n = text.size();
    uint64_t chain = keys.b;
    uint64_t first, last;
    if (n <= 16) {
        if (n >= 8) {
            first = Unaligned::load64(p);
            last = Unaligned::load64(p + n - 8);
        } else {
            first = Unaligned::loadShort(p, n);
            last = 0;
        }
    } else {
        size_t i = 0;
        for (; i + 16 < n; i += 16)
            chain = foldedProduct(Unaligned::load64(p + i) ^ keys.a, Unaligned::load64(p + i + 8) ^ chain);
        first = Unaligned::load64(p + n - 16); // overlaps the last block: the length tells apart
        last = Unaligned::load64(p + n - 8);
    }
    return foldedProduct(foldedProduct(first ^ keys.a, last ^ chain) ^ keys.c, uint64_t(n) ^ k);
}

namespace {
inline uint32_t tagOf(uint64_t hash)
{
    return uint32_t(hash >> 32);
}
inline uint64_t packSlot(uint64_t hash, uint32_t id)
{
    return (uint64_t(tagOf(hash)) << 32) | id;
}

/// The mask and home-slot shift of a table of capacity slots (a power of two).
struct TableShape
{
    uint32_t mask;
    int shift;
};

TableShape shapeOf(size_t capacity)
{
    int bits = 0;
    while ((size_t(1) << bits) < capacity)
        ++bits;
    Q_ASSERT(bits >= 1 && bits <= 32 && (size_t(1) << bits) == capacity);
    return {uint32_t(capacity - 1), 32 - bits};
}

/// Puts slot into table at its home slot or the first free one after it. A string's home
/// slot is the top bits of its tag, so a table grows from the slots alone, without
/// reading or hashing a single string.
inline void place(uint64_t *table, TableShape shape, uint64_t slot)
{
    uint64_t h = uint32_t(slot >> 32) >> shape.shift;
    while (table[h] != 0)
        h = (h + 1) & shape.mask;
    table[h] = slot;
}
} // namespace

struct StringPool::Growth
{
    size_t capacity = 0;
    uint32_t filledBelow = 0; ///< the job copies the strings with smaller ids
    ZeroedArray<uint64_t> table; ///< the job's until done
    std::atomic<bool> done{false};
    std::atomic<bool> canceled{false};
    QFuture<void> job;
};

void StringPool::GrowthDeleter::operator()(Growth *growth) const
{
    growth->canceled.store(true, std::memory_order_relaxed);
    growth->job.waitForFinished();
    delete growth;
}

void StringPool::rehash(size_t capacity)
{
    rehashInto(ZeroedArray<uint64_t>(capacity));
}

void StringPool::rehashInto(ZeroedArray<uint64_t> table)
{
    const TableShape shape = shapeOf(table.size());
    for (const uint64_t slot : m_slots) {
        if (slot != 0)
            place(table.data(), shape, slot);
    }
    m_slots.swap(table);
    m_mask = shape.mask;
    m_shift = shape.shift;
}

void StringPool::loadAboveFiveEighths()
{
    const uint64_t strings = size(), capacity = m_slots.size();
    if (m_growth) {
        // This table serves until the larger one is ready, and fuller than the usual
        // three quarters only while it takes unusually long.
        if (m_growth->done.load(std::memory_order_acquire) || strings * 8 > capacity * 7)
            adoptGrowth();
        return;
    }
    if (m_nextSlots.size() > capacity) {
        // While a background thread still backs the reserved table with memory, moving
        // to it would take all of its page faults here (tens of ms for a million rows, on
        // the thread that stores). Growing the table in use costs far less; internMany()
        // moves to the reserved one once it is ready.
        const bool faulting = m_nextSlotsReady && !m_nextSlotsReady->load(std::memory_order_acquire);
        if (!faulting || capacity * 2 >= m_nextSlots.size()) {
            if (strings * 4 > capacity * 3) // load factor at most 3/4
                rehashInto(std::exchange(m_nextSlots, {}));
            return;
        }
    }
    if (capacity >= kBackgroundGrowthSlots)
        startGrowth();
    else if (strings * 4 > capacity * 3)
        rehash(capacity * 2);
}

void StringPool::startGrowth()
{
    m_growth.reset(new Growth);
    Growth *growth = m_growth.get();
    growth->capacity = m_slots.size() * 2;
    growth->filledBelow = size();
    // The job reads m_slots while intern() goes on adding to it; the table itself stays
    // where it is until adoptGrowth() (or the destructor) has waited for the job.
    const uint64_t *oldSlots = m_slots.data();
    const size_t count = m_slots.size();
    growth->job = QtConcurrent::run(computePool(), [growth, oldSlots, count] {
        makeBackgroundThread();
        ZeroedArray<uint64_t> table(growth->capacity); // its page faults are taken here too
        const TableShape shape = shapeOf(table.size());
        for (size_t i = 0; i < count; ++i) {
            if (i % 65536 == 0 && growth->canceled.load(std::memory_order_relaxed))
                return;
            // Only the strings interned before the job started: the others are added by
            // adoptGrowth(), so none is placed twice.
            const uint64_t slot = std::atomic_ref(const_cast<uint64_t &>(oldSlots[i])).load(std::memory_order_relaxed);
            if (slot != 0 && uint32_t(slot) < growth->filledBelow)
                place(table.data(), shape, slot);
        }
        growth->table = std::move(table);
        growth->done.store(true, std::memory_order_release);
    });
}

void StringPool::adoptGrowth()
{
    m_growth->job.waitForFinished(); // runs the job here if it has not started yet
    ZeroedArray<uint64_t> table = std::move(m_growth->table);
    const uint32_t first = std::max<uint32_t>(m_growth->filledBelow, 1);
    m_growth.reset();
    const TableShape shape = shapeOf(table.size());
    for (uint32_t id = first; id < size(); ++id)
        place(table.data(), shape, packSlot(hashOf(view(id)), id));
    m_slots.swap(table);
    m_mask = shape.mask;
    m_shift = shape.shift;
}

uint64_t StringPool::probe(std::string_view text, uint64_t hash) const
{
    const uint32_t tag = tagOf(hash);
    uint64_t h = homeSlot(hash);
    for (; m_slots[h] != 0; h = (h + 1) & m_mask) {
        const uint64_t slot = m_slots[h];
        if (uint32_t(slot >> 32) == tag && holds(uint32_t(slot), text))
            break;
    }
    return h;
}

uint32_t StringPool::find(std::string_view text) const
{
    if (text.empty())
        return 0;
    const uint64_t slot = m_slots[probe(text, hashOf(text))];
    return slot != 0 ? uint32_t(slot) : UINT32_MAX;
}

uint32_t StringPool::intern(std::string_view text, uint64_t hash)
{
    if (text.empty())
        return 0;
    const uint64_t h = probe(text, hash);
    if (m_slots[h] != 0)
        return uint32_t(m_slots[h]);
    const uint32_t id = size();
    m_bytes.append(text.data(), text.size());
    keepReadSlack(m_bytes);
    m_offsets.push_back(uint32_t(m_bytes.size()));
    // Atomic (a plain store on the machines SessionDesk runs on) because a growth job may
    // be reading the table (see startGrowth()).
    std::atomic_ref(m_slots[h]).store(packSlot(hash, id), std::memory_order_relaxed);
    noteCase(id);
    // Load factor at most 3/4 (with the tags, a probe still reads about one cache line);
    // large tables start growing at 5/8, in the background.
    if (uint64_t(size()) * 8 > uint64_t(m_slots.size()) * 5)
        loadAboveFiveEighths();
    return id;
}

void StringPool::internMany(const std::string_view *texts, const uint64_t *hashes, size_t count, uint32_t *ids)
{
    if (m_nextSlots.size() > 0 && m_nextSlotsReady && m_nextSlotsReady->load(std::memory_order_acquire)) {
        m_growth.reset(); // a smaller table being filled meanwhile is not needed any more
        rehashInto(std::exchange(m_nextSlots, {}));
    } else if (m_growth && m_growth->done.load(std::memory_order_acquire)) {
        adoptGrowth();
    }
    // Three prefetch passes, each depending on the loads the previous one started: the
    // table slot, then the pool entry of the id in that slot, then its bytes. Interning
    // itself stays strictly sequential, so strings new in this batch are found by later
    // ones exactly as with intern().
    for (size_t k = 0; k < count; ++k)
        prefetch(m_slots.data() + homeSlot(hashes[k]));
    // The id in a string's home slot when its tag matches (most look-ups of known strings).
    const auto homeId = [this](uint64_t hash) {
        const uint64_t slot = m_slots[homeSlot(hash)];
        return slot != 0 && uint32_t(slot >> 32) == tagOf(hash) ? uint32_t(slot) : 0u;
    };
    for (size_t k = 0; k < count; ++k) {
        if (const uint32_t id = homeId(hashes[k]))
            prefetchEntry(id);
    }
    for (size_t k = 0; k < count; ++k) {
        if (const uint32_t id = homeId(hashes[k]))
            prefetch(m_bytes.data() + m_offsets[id]);
    }
    for (size_t k = 0; k < count; ++k)
        ids[k] = intern(texts[k], hashes[k]);
}

void StringPool::reserve(size_t strings)
{
    m_offsets.reserve(strings + 2);
    const size_t planned = std::max({m_slots.size(), m_nextSlots.size(), m_growth ? m_growth->capacity : 0});
    size_t capacity = planned;
    while (capacity * 3 < (strings + 1) * 4)
        capacity *= 2;
    if (capacity == planned)
        return;
    m_growth.reset(); // a smaller table being filled is not needed; the one in use holds every string
    m_nextSlots = ZeroedArray<uint64_t>(capacity);
    m_nextSlotsReady.reset();
}

void StringPool::prefaultReserved()
{
    m_offsets.prefaultCapacity();
    // The big table is random-accessed from its first entry on, so every one of its pages
    // would fault at once on the thread that stores (tens of ms at a million rows). Let a
    // background thread fault them in; internMany() moves over once that is done.
    if (m_nextSlots.size() > 0 && !m_nextSlotsReady)
        m_nextSlotsReady = LargeMemory::prefaultInBackground(m_nextSlots.data(), m_nextSlots.size() * sizeof(uint64_t));
}

size_t StringPool::memoryBytes() const
{
    return m_bytes.capacity() + m_offsets.capacity() * sizeof(uint32_t)
        + (m_slots.size() + m_nextSlots.size() + (m_growth ? m_growth->capacity : 0)) * sizeof(uint64_t) + m_foldedBytes.capacity()
        + m_foldedOffsets.capacity() * sizeof(uint32_t) + m_foldedIds.capacity() * sizeof(uint32_t);
}

std::string StringPool::lowerUtf8(std::string_view text)
{
    GrowableArray<char> out;
    appendLowerUtf8(out, text);
    return out.empty() ? std::string() : std::string(out.data(), out.size());
}

void StringPool::appendLowerUtf8(GrowableArray<char> &out, std::string_view text)
{
    // ASCII (nearly all of it) is lowered in one branch-free pass that the compiler
    // vectorizes; anything else goes through Qt's full Unicode case mapping.
    const size_t start = out.size();
    out.append(text.data(), text.size());
    char *p = out.data() + start;
    unsigned char high = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(p[i]);
        high |= c;
        p[i] = char(foldAscii(c));
    }
    if (high & 0x80) {
        out.resize(start);
        const QByteArray lowered = QString::fromUtf8(text.data(), qsizetype(text.size())).toLower().toUtf8();
        out.append(lowered.constData(), size_t(lowered.size()));
    }
}

void StringPool::noteCase(uint32_t id)
{
    const std::string_view text = view(id);
    const char *p = text.data();
    const size_t n = text.size();
    uint64_t high = 0;
    size_t i = 0;
    for (; i + 8 <= n; i += 8)
        high |= Unaligned::load64(p + i);
    if (i < n)
        high |= Unaligned::loadShort(p + i, n - i);
    if ((high & 0x8080808080808080ULL) == 0)
        return;
    appendLowerUtf8(m_foldedBytes, text);
    keepReadSlack(m_foldedBytes);
    m_foldedOffsets.push_back(uint32_t(m_foldedBytes.size()));
    m_foldedIds.push_back(id);
}

namespace {
[[maybe_unused]] inline char upperAscii(char c)
{
    return static_cast<unsigned char>(c - 'a') < 26 ? char(c - 0x20) : c;
}
/// Whether text at p holds needle[1, size - 1) with ASCII case folded (the ends are known to match).
inline bool middleMatches(const char *p, std::string_view needle)
{
    for (size_t j = 1; j + 1 < needle.size(); ++j) {
        if (foldAscii(static_cast<unsigned char>(p[j])) != static_cast<unsigned char>(needle[j]))
            return false;
    }
    return true;
}

/**
 * Calls found(id) for every string id in [first, last) of a text laid out as bytes/offsets
 * (string i is [offsets[i], offsets[i + 1])) that contains needle case-insensitively.
 */
template<typename Found>
void searchStrings(const char *bytes, const uint32_t *offsets, uint32_t first, uint32_t last, std::string_view needle,
                   Found found)
{
    const char *pos = bytes + offsets[first];
    const char *end = bytes + offsets[last];
    while (const char *hit = StringPool::findFolded(pos, end, needle)) {
        const auto offset = uint32_t(hit - bytes);
        // The string holding the hit: the last one starting at or before it.
        const auto it = std::upper_bound(offsets + first, offsets + last + 1, offset);
        const auto id = uint32_t(it - offsets - 1);
        // A place running into the next string is no match, nor is any later one in this
        // string: either way the search goes on with the next string.
        if (offset + needle.size() <= offsets[id + 1])
            found(id);
        pos = bytes + offsets[id + 1];
    }
}
} // namespace

const char *StringPool::findFolded(const char *from, const char *end, std::string_view needleLower)
{
    const size_t m = needleLower.size();
    if (m == 0 || size_t(end - from) < m)
        return nullptr;
    const char *lastStart = end - m;
    const char first = needleLower.front(), last = needleLower.back();
#if defined(__SSE2__)
    // Sixteen starting places at once: a place is a candidate when its first byte is the
    // needle's first in either case and the byte m - 1 further is its last in either case
    // (with a needle of three or more letters, one place in hundreds); only candidates
    // compare the bytes between.
    const __m128i first1 = _mm_set1_epi8(first), first2 = _mm_set1_epi8(upperAscii(first));
    const __m128i last1 = _mm_set1_epi8(last), last2 = _mm_set1_epi8(upperAscii(last));
    for (const char *p = from; p <= lastStart; p += 16) {
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + m - 1));
        const __m128i starts = _mm_or_si128(_mm_cmpeq_epi8(a, first1), _mm_cmpeq_epi8(a, first2));
        const __m128i ends = _mm_or_si128(_mm_cmpeq_epi8(b, last1), _mm_cmpeq_epi8(b, last2));
        auto candidates = unsigned(_mm_movemask_epi8(_mm_and_si128(starts, ends)));
        if (size_t(lastStart - p) < 15)
            candidates &= (2u << (lastStart - p)) - 1; // places past lastStart
        while (candidates != 0) {
            const char *q = p + __builtin_ctz(candidates);
            if (middleMatches(q, needleLower))
                return q;
            candidates &= candidates - 1;
        }
    }
    return nullptr;
#else
    const auto lowFirst = static_cast<unsigned char>(first), lowLast = static_cast<unsigned char>(last);
    for (const char *p = from; p <= lastStart; ++p) {
        if (foldAscii(static_cast<unsigned char>(*p)) == lowFirst
            && foldAscii(static_cast<unsigned char>(p[m - 1])) == lowLast && middleMatches(p, needleLower))
            return p;
    }
    return nullptr;
#endif
}

void StringPool::markMatches(std::string_view needleLower, std::vector<uint8_t> &matches) const
{
    matches.assign(size(), 0);
    if (needleLower.empty()) {
        std::fill(matches.begin(), matches.end(), 1);
        return;
    }
    markFrom(needleLower, 0, matches.data());
}

void StringPool::markFrom(std::string_view needleLower, uint32_t firstId, uint8_t *marks) const
{
    // The text is searched in parts of about equal bytes, each ending where a string
    // ends, side by side: the sweep is bound by comparing, not by memory, so two cores take
    // about half the time. Each part marks only its own strings.
    const uint32_t strings = size();
    const size_t firstByte = m_offsets[firstId];
    const size_t textBytes = m_offsets[strings] - firstByte;
    const int parts = parallelParts(textBytes, kMinSearchPart);
    std::vector<uint32_t> firstString(size_t(parts) + 1, strings);
    firstString[0] = firstId;
    for (int p = 1; p < parts; ++p) {
        const auto offset = uint32_t(firstByte + textBytes * size_t(p) / size_t(parts));
        const auto it = std::upper_bound(m_offsets.begin() + firstId, m_offsets.begin() + strings, offset);
        firstString[size_t(p)] = std::max(firstString[size_t(p) - 1], uint32_t(it - m_offsets.begin()));
    }
    runInParallel(parts, [&](int p) {
        searchStrings(m_bytes.data(), m_offsets.data(), firstString[size_t(p)], firstString[size_t(p) + 1], needleLower,
                      [&](uint32_t id) { marks[id] = 1; });
    });
    // The strings outside ASCII again, in their lower-cased form. Whatever the sweep above
    // found in one of them is found here too (both texts are valid UTF-8, the needle is
    // lower-cased, and lower-casing keeps every lower-case letter and ASCII byte), so
    // this only adds the matches that needed Unicode case rules ("É" for "é").
    const auto firstFolded = uint32_t(std::lower_bound(m_foldedIds.begin(), m_foldedIds.end(), firstId) - m_foldedIds.begin());
    searchStrings(m_foldedBytes.data(), m_foldedOffsets.data(), firstFolded, uint32_t(m_foldedIds.size()), needleLower,
                  [&](uint32_t i) { marks[m_foldedIds[i]] = 1; });
}

void StringPool::refineMatches(std::string_view needleLower, std::vector<uint8_t> &matches) const
{
    const uint32_t known = uint32_t(std::min<size_t>(matches.size(), size()));
    matches.resize(size(), 0);
    if (needleLower.empty()) {
        std::fill(matches.begin(), matches.end(), 1);
        return;
    }
    // The strings outside ASCII first: those marked before whose lower-cased form holds
    // the longer needle are kept for sure (2); the sweep below keeps the others marked
    // before where the text itself holds it, and leaves every 2 a 1.
    constexpr uint8_t kKeep = 2;
    uint8_t *marks = matches.data();
    const auto firstNew = std::lower_bound(m_foldedIds.begin(), m_foldedIds.end(), known);
    for (auto it = m_foldedIds.begin(); it != firstNew; ++it) {
        const auto i = size_t(it - m_foldedIds.begin());
        if (marks[*it]
            && findFolded(m_foldedBytes.data() + m_foldedOffsets[i], m_foldedBytes.data() + m_foldedOffsets[i + 1], needleLower))
            marks[*it] = kKeep;
    }
    // Each marked string is a cache miss or two away (its offsets, then its bytes): they
    // are searched in batches whose loads are all started first, and two cores overlap
    // twice as many. One by one, refining a tenth of a million rows' strings took 5 ms.
    const int parts = parallelParts(known, kMinRefineStrings);
    runInParallel(parts, [&](int part) {
        constexpr int kBatch = 32;
        uint32_t batch[kBatch];
        int pending = 0;
        const auto searchBatch = [&] {
            for (int k = 0; k < pending; ++k)
                prefetchEntry(batch[k]);
            const char *text[kBatch];
            const char *textEnd[kBatch];
            for (int k = 0; k < pending; ++k) {
                text[k] = m_bytes.data() + m_offsets[batch[k]];
                textEnd[k] = m_bytes.data() + m_offsets[batch[k] + 1];
                prefetch(text[k]);
                prefetch(textEnd[k] - (textEnd[k] > text[k] ? 1 : 0));
            }
            for (int k = 0; k < pending; ++k) {
                uint8_t &mark = marks[batch[k]];
                mark = mark == kKeep || findFolded(text[k], textEnd[k], needleLower);
            }
            pending = 0;
        };
        const auto end = uint32_t(partStart(known, part + 1, parts));
        for (auto id = uint32_t(partStart(known, part, parts)); id < end;) {
            if (end - id >= 8) {
                uint64_t eight;
                std::memcpy(&eight, marks + id, 8);
                if (eight == 0) { // most strings were not marked: skip eight at a time
                    id += 8;
                    continue;
                }
            }
            if (marks[id]) {
                batch[pending++] = id;
                if (pending == kBatch)
                    searchBatch();
            }
            ++id;
        }
        searchBatch();
    });
    // Strings added since the marks were made: searched whole, like markMatches().
    if (known < size())
        markFrom(needleLower, known, marks);
}
