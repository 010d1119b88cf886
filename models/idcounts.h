// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

/**
 * How many rows have each pool id, for fields with few distinct values (clients,
 * operating systems): a flat open-addressing table, so counting a million rows is a
 * million cheap probes into a table that stays in the CPU cache, not a million node
 * look-ups. Counts may go down to zero (rows that left); forEach() skips those.
 */
class IdCounts
{
public:
    void add(uint32_t id, int delta)
    {
        if ((m_used + 1) * 2 > m_slots.size())
            grow();
        m_slots[slotFor(id)].count += delta;
    }

    /// Calls f(id, count) for every id with a count other than zero, in no particular order.
    template<typename F>
    void forEach(F f) const
    {
        for (const Slot &slot : m_slots) {
            if (slot.id != kEmpty && slot.count != 0)
                f(slot.id, slot.count);
        }
    }

    void clear()
    {
        m_slots.clear();
        m_used = 0;
    }

private:
    static constexpr uint32_t kEmpty = UINT32_MAX; // never an interned id
    struct Slot
    {
        uint32_t id = kEmpty;
        int count = 0;
    };

    size_t slotFor(uint32_t id)
    {
        const size_t mask = m_slots.size() - 1;
        size_t h = size_t((uint64_t(id) * 0x9E3779B97F4A7C15ull) >> 40) & mask;
        while (m_slots[h].id != id && m_slots[h].id != kEmpty)
            h = (h + 1) & mask;
        if (m_slots[h].id == kEmpty) {
            m_slots[h].id = id;
            ++m_used;
        }
        return h;
    }

    void grow()
    {
        std::vector<Slot> old = std::exchange(m_slots, std::vector<Slot>(std::max<size_t>(64, m_slots.size() * 2)));
        m_used = 0;
        for (const Slot &slot : old) {
            if (slot.id != kEmpty)
                m_slots[slotFor(slot.id)].count = slot.count;
        }
    }

    std::vector<Slot> m_slots; ///< size a power of two, at most half used
    size_t m_used = 0;
};
