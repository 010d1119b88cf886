// SPDX-License-Identifier: GPL-3.0-or-later
#include "stringpool.h"

#include <QString>

#include <algorithm>
#include <cstring>
#include <functional>

StringPool::StringPool()
{
    m_offsets.push_back(0);
    m_offsets.push_back(0); // id 0: ""
    m_slots.assign(1024, 0);
    m_mask = uint32_t(m_slots.size() - 1);
}

uint64_t StringPool::hashOf(std::string_view text)
{
    return std::hash<std::string_view>{}(text);
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
} // namespace

void StringPool::rehash(size_t capacity)
{
    LargeVector<uint64_t> table(capacity, 0);
    const uint32_t mask = uint32_t(capacity - 1);
    for (uint32_t id = 1; id < size(); ++id) {
        const uint64_t hash = hashOf(view(id));
        uint64_t h = hash & mask;
        while (table[h] != 0)
            h = (h + 1) & mask;
        table[h] = packSlot(hash, id);
    }
    m_slots.swap(table);
    m_mask = mask;
}

void StringPool::grow()
{
    rehash(m_slots.size() * 2);
}

uint64_t StringPool::probe(std::string_view text, uint64_t hash) const
{
    const uint32_t tag = tagOf(hash);
    uint64_t h = hash & m_mask;
    for (; m_slots[h] != 0; h = (h + 1) & m_mask) {
        const uint64_t slot = m_slots[h];
        if (uint32_t(slot >> 32) == tag && view(uint32_t(slot)) == text)
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
    m_bytes.append(text);
    m_offsets.push_back(uint32_t(m_bytes.size()));
    m_slots[h] = packSlot(hash, id);
    // Keep the lower-cased shadow current so the first filter keystroke does not pay for it.
    extendLower();
    if (uint64_t(size()) * 2 > m_slots.size()) // keep load factor below 0.5
        grow();
    return id;
}

void StringPool::internMany(const std::string_view *texts, const uint64_t *hashes, size_t count, uint32_t *ids)
{
    // Three prefetch passes, each depending on the loads the previous one started: the
    // table slot, then the pool entry of the id in that slot, then its bytes. Interning
    // itself stays strictly sequential, so strings new in this batch are found by later
    // ones exactly as with intern().
    for (size_t k = 0; k < count; ++k)
        prefetch(m_slots.data() + (hashes[k] & m_mask));
    for (size_t k = 0; k < count; ++k) {
        const uint64_t slot = m_slots[hashes[k] & m_mask];
        if (slot != 0 && uint32_t(slot >> 32) == tagOf(hashes[k]))
            prefetchEntry(uint32_t(slot));
    }
    for (size_t k = 0; k < count; ++k) {
        const uint64_t slot = m_slots[hashes[k] & m_mask];
        if (slot != 0 && uint32_t(slot >> 32) == tagOf(hashes[k]))
            prefetch(m_bytes.data() + m_offsets[uint32_t(slot)]);
    }
    for (size_t k = 0; k < count; ++k)
        ids[k] = intern(texts[k], hashes[k]);
}

void StringPool::reserve(size_t strings, size_t bytes)
{
    m_bytes.reserve(bytes);
    m_lower.reserve(bytes + strings);
    m_offsets.reserve(strings + 2);
    m_lowerOffsets.reserve(strings + 2);
    size_t capacity = m_slots.size();
    while (capacity < strings * 2 + 2)
        capacity *= 2;
    if (capacity != m_slots.size())
        rehash(capacity);
}

size_t StringPool::memoryBytes() const
{
    return m_bytes.capacity() + m_offsets.capacity() * sizeof(uint32_t)
        + m_slots.capacity() * sizeof(uint64_t) + m_lower.capacity()
        + m_lowerOffsets.capacity() * sizeof(uint32_t);
}

std::string StringPool::lowerUtf8(std::string_view text)
{
    LargeString out;
    appendLowerUtf8(out, text);
    return std::string(out.data(), out.size());
}

void StringPool::appendLowerUtf8(LargeString &out, std::string_view text)
{
    const bool ascii = std::all_of(text.begin(), text.end(),
                                   [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (!ascii) {
        const QByteArray lowered = QString::fromUtf8(text.data(), qsizetype(text.size())).toLower().toUtf8();
        out.append(lowered.constData(), size_t(lowered.size()));
        return;
    }
    const size_t start = out.size();
    out.append(text);
    for (size_t i = start; i < out.size(); ++i) {
        if (out[i] >= 'A' && out[i] <= 'Z')
            out[i] = char(out[i] + ('a' - 'A'));
    }
}

void StringPool::extendLower() const
{
    if (m_lowerOffsets.empty())
        m_lowerOffsets.push_back(0);
    for (uint32_t id = uint32_t(m_lowerOffsets.size() - 1); id < size(); ++id) {
        appendLowerUtf8(m_lower, view(id));
        m_lower += '\0';
        m_lowerOffsets.push_back(uint32_t(m_lower.size()));
    }
}

void StringPool::markMatches(std::string_view needleLower, std::vector<uint8_t> &matches) const
{
    extendLower();
    matches.assign(size(), 0);
    if (needleLower.empty()) {
        std::fill(matches.begin(), matches.end(), 1);
        return;
    }
    const char *base = m_lower.data();
    const char *pos = base;
    const char *end = base + m_lower.size();
    while (pos < end) {
        const void *hit = memmem(pos, size_t(end - pos), needleLower.data(), needleLower.size());
        if (!hit)
            break;
        const auto offset = uint32_t(static_cast<const char *>(hit) - base);
        // The string containing offset: last start <= offset.
        const auto it = std::upper_bound(m_lowerOffsets.begin(), m_lowerOffsets.end(), offset);
        const auto id = uint32_t(it - m_lowerOffsets.begin() - 1);
        matches[id] = 1;
        pos = base + m_lowerOffsets[id + 1]; // continue with the next string
    }
}
