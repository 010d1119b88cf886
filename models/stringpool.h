// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "largememory.h"
#include "unaligned.h"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

/**
 * Deduplicating UTF-8 string pool. Each distinct string is stored once and named by a
 * 32-bit id; id 0 is the empty string. Sessions repeat most of their text (user ids,
 * device names, OS versions, hosts), so a million rows cost a few MB of unique text
 * plus 4 bytes per field.
 *
 * Case-insensitive substring search sweeps the unique text once, folding ASCII case as
 * it compares, so it answers "which strings contain the needle" for every column at once
 * without a lower-cased copy of the text. Strings with bytes outside ASCII (few) also
 * keep a copy lower-cased by Unicode rules, which is searched as well.
 */
class StringPool final
{
public:
    /// Bytes that stay readable after the end of every string view() returns, so a reader
    /// may load a text in whole 16-byte blocks (see CsvWriter).
    static constexpr size_t kReadSlack = 16;

    StringPool();
    StringPool(const StringPool &) = delete; // a copy would not keep kReadSlack
    StringPool &operator=(const StringPool &) = delete;
    StringPool(StringPool &&) noexcept = default;
    StringPool &operator=(StringPool &&) noexcept = default;

    uint32_t intern(std::string_view text) { return text.empty() ? 0 : intern(text, hashOf(text)); }
    /// intern() with the text's hashOf() already known.
    uint32_t intern(std::string_view text, uint64_t hash);
    /**
     * Interns texts[0, count) (with their hashOf()) into ids. Same result as interning one
     * by one, but the random memory reads of all look-ups are started before the first is
     * needed, so a batch of mostly unseen or rarely repeated strings does not wait for one
     * cache miss after another.
     */
    void internMany(const std::string_view *texts, const uint64_t *hashes, size_t count, uint32_t *ids);
    static uint64_t hashOf(std::string_view text);
    /// Prepares the index for about strings distinct strings in total. The text itself
    /// grows as needed (by remapping, see GrowableArray), so no guess about it is needed.
    /// Only maps the memory; prefaultReserved() then backs it on a background thread.
    void reserve(size_t strings);
    void prefaultReserved();
    /// Returns the id of text if it is in the pool, UINT32_MAX otherwise.
    uint32_t find(std::string_view text) const;
    std::string_view view(uint32_t id) const
    {
        return {m_bytes.data() + m_offsets[id], size_t(m_offsets[id + 1] - m_offsets[id])};
    }
    /// Whether the string id is text (faster than comparing view(id) with text).
    bool holds(uint32_t id, std::string_view text) const { return Unaligned::equalText(view(id), text); }
    /// Starts loading what view(id) reads first, ahead of a batch of random look-ups.
    void prefetchEntry(uint32_t id) const { prefetch(m_offsets.data() + id); }
    uint32_t size() const { return uint32_t(m_offsets.size() - 1); }
    size_t memoryBytes() const;

    /**
     * Marks in matches (indexed by id, resized to size()) every string whose lower-cased
     * form contains needleLower. The needle must already be lower-cased (see lowerUtf8).
     */
    void markMatches(std::string_view needleLower, std::vector<uint8_t> &matches) const;
    /**
     * Narrows matches, markMatches()' marks for a needle that needleLower contains (so
     * every string holding needleLower holds it too), to the strings holding needleLower,
     * and searches the strings added since as markMatches() does. Typing one more letter
     * then looks at the strings the last search found instead of all the text.
     */
    void refineMatches(std::string_view needleLower, std::vector<uint8_t> &matches) const;

    /// Unicode-aware lower-casing with an ASCII fast path.
    static std::string lowerUtf8(std::string_view text);

    /**
     * The first place in [from, end) where needleLower (lower-cased, not empty) starts,
     * comparing with the ASCII letters of the text folded to lower case; null if none.
     * Reads up to 15 bytes past end (see kReadSlack), never using them.
     */
    static const char *findFolded(const char *from, const char *end, std::string_view needleLower);

private:
    /// What intern() does once more than 5/8 of the table's slots are taken: start
    /// growing it, move to a grown or reserved table, or (small tables) grow at once.
    void loadAboveFiveEighths();
    /// Starts filling a table twice the size on the compute pool (see m_growth).
    void startGrowth();
    /// Moves to the table startGrowth() filled, waiting for it if need be, and adds the
    /// strings interned since it started.
    void adoptGrowth();
    void rehash(size_t capacity);
    void rehashInto(ZeroedArray<uint64_t> table);
    /// Index of the slot holding text, or of the empty slot where it would go.
    uint64_t probe(std::string_view text, uint64_t hash) const;
    /// Marks (1) the strings from firstId on whose lower-cased form holds needleLower.
    void markFrom(std::string_view needleLower, uint32_t firstId, uint8_t *marks) const;
    /// Fewer bytes of text than this are searched on one thread (see markFrom()).
    static constexpr size_t kMinSearchPart = size_t(256) << 10;
    /// Fewer strings than this are refined on one thread (see refineMatches()).
    static constexpr size_t kMinRefineStrings = size_t(128) << 10;
    /// Appends the lower-cased text to out without a temporary for ASCII text.
    static void appendLowerUtf8(GrowableArray<char> &out, std::string_view text);
    /// Keeps the Unicode lower-cased form of the string id when it is not all ASCII.
    void noteCase(uint32_t id);

    GrowableArray<char> m_bytes;
    GrowableArray<uint32_t> m_offsets;     // size()+1 entries
    // Open addressing, linear probing. A slot packs (hash tag << 32 | id); id 0 = empty.
    // The tag rejects almost every non-matching probe without touching the string bytes.
    ZeroedArray<uint64_t> m_slots;
    // A larger table being faulted in by a background thread (see reserve()).
    ZeroedArray<uint64_t> m_nextSlots;
    std::shared_ptr<const std::atomic<bool>> m_nextSlotsReady;
    uint32_t m_mask = 0;
    int m_shift = 0; ///< 32 - log2(slots): the home slot is the tag's top bits
    uint64_t homeSlot(uint64_t hash) const { return uint32_t(hash >> 32) >> m_shift; }

    /**
     * A table of twice the size that a compute thread fills from m_slots while interning
     * goes on here. Rehashing a large table at once stalled the thread that stores (the
     * GUI thread) for 170 ms at 6 million strings; now that thread only adds the strings
     * interned meanwhile. Tables smaller than kBackgroundGrowthSlots grow at once.
     */
    struct Growth;
    struct GrowthDeleter
    {
        void operator()(Growth *growth) const; ///< cancels the job and waits for it
    };
    static constexpr size_t kBackgroundGrowthSlots = size_t(1) << 16;
    // Declared after m_slots, so it is destroyed (its job waited for) before the table
    // the job reads.
    std::unique_ptr<Growth, GrowthDeleter> m_growth;

    // The strings with bytes outside ASCII, lower-cased by Unicode rules (which may change
    // their length), laid out like m_bytes/m_offsets; m_foldedIds[i] is the pool id of the
    // i-th. Searched as well, as folding ASCII case alone would miss "É" for "é".
    GrowableArray<char> m_foldedBytes;
    GrowableArray<uint32_t> m_foldedOffsets;
    std::vector<uint32_t> m_foldedIds;
};
