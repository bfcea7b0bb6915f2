#pragma once
// The dictionary of the distinct texts of one imported column (TableBuilder's text columns).

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace seg {

// Dictionary of the distinct texts of one column: open addressing over level indices, so
// levels are stored once and looked up without building a std::string per cell.
class TextDictionary
{
public:
    std::vector<std::string> levels;
    std::vector<std::int64_t> firstRow; // row (as passed by the caller) where each level first appeared

    std::int32_t insert(std::string_view text, std::int64_t row, bool &inserted)
    {
        if ((levels.size() + 1) * 2 > m_slots.size())
            grow();
        const std::size_t h = std::hash<std::string_view> {}(text);
        const auto tag = static_cast<std::uint32_t>(h >> 32);
        std::size_t i = h & m_mask;
        for (;;) {
            Slot &slot = m_slots[i];
            if (slot.code < 0) {
                const auto newCode = static_cast<std::int32_t>(levels.size());
                slot = {newCode, tag};
                levels.emplace_back(text);
                firstRow.push_back(row);
                inserted = true;
                return newCode;
            }
            // The tag in the slot settles almost every mismatch without touching the level text.
            const auto c = static_cast<std::size_t>(slot.code);
            if (slot.tag == tag && levels[c] == text) {
                if (row < firstRow[c])
                    firstRow[c] = row; // replayed rows come after later rows were seen
                inserted = false;
                return slot.code;
            }
            i = (i + 1) & m_mask;
        }
    }

    void reserve(std::size_t count)
    {
        if (count * 2 > m_slots.size()) {
            levels.reserve(count);
            firstRow.reserve(count);
            rehash(std::bit_ceil(count * 2));
        }
    }

    void release() { m_slots = {}; }

private:
    struct Slot
    {
        std::int32_t code;
        std::uint32_t tag;
    };

    void grow() { rehash(std::max<std::size_t>(64, m_slots.size() * 2)); }

    void rehash(std::size_t size)
    {
        m_slots.assign(size, Slot {-1, 0});
        m_mask = size - 1;
        for (std::size_t c = 0; c < levels.size(); ++c) {
            const std::size_t h = std::hash<std::string_view> {}(levels[c]);
            std::size_t i = h & m_mask;
            while (m_slots[i].code >= 0)
                i = (i + 1) & m_mask;
            m_slots[i] = {static_cast<std::int32_t>(c), static_cast<std::uint32_t>(h >> 32)};
        }
    }

    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
};

} // namespace seg
