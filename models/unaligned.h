// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

/// Unaligned loads of machine words from byte strings (one instruction on x86 and ARM).
namespace Unaligned {

inline uint64_t load64(const char *p)
{
    uint64_t v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

inline uint32_t load32(const char *p)
{
    uint32_t v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

/**
 * The n bytes at p (n < 8) as one word, without reading outside them: two overlapping
 * 4-byte loads for 4 to 7 bytes, bytes 0, n/2 and n-1 for 1 to 3. For a given n, different
 * texts give different words.
 */
inline uint64_t loadShort(const char *p, size_t n)
{
    if (n >= 4)
        return load32(p) | (uint64_t(load32(p + n - 4)) << 32);
    if (n == 0)
        return 0;
    return uint64_t(uint8_t(p[0])) | uint64_t(uint8_t(p[n / 2])) << 8 | uint64_t(uint8_t(p[n - 1])) << 16;
}

/**
 * Whether the n bytes at p and q are equal. For the short texts of a session (ids,
 * names, versions, addresses) this is a few word compares inline instead of a call to
 * memcmp and its dispatch on the length.
 */
inline bool equalBytes(const char *p, const char *q, size_t n)
{
    if (n < 8)
        return loadShort(p, n) == loadShort(q, n);
    if (n > 32)
        return std::memcmp(p, q, n) == 0;
    uint64_t diff = load64(p + n - 8) ^ load64(q + n - 8);
    for (size_t i = 0; i + 8 < n; i += 8)
        diff |= load64(p + i) ^ load64(q + i);
    return diff == 0;
}

/// Whether a and b hold the same bytes (see equalBytes).
inline bool equalText(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && equalBytes(a.data(), b.data(), a.size());
}

} // namespace Unaligned
