#include "engine/core/strict_json.h"

#include "engine/core/error.h"

#include <cstddef>
#include <iterator>
#include <vector>

namespace seg {

namespace {

using json = nlohmann::json;

// A pointer into the text that records how far the lexer has read. The lexer takes one
// character at a time and reads no further than the closing quote of a key, so when the parser
// reports a key, `furthest` is just past it: that gives keys a line and a column, which the SAX
// interface does not.
struct CountingIterator
{
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char *;
    using reference = const char &;

    const char *p = nullptr;
    const char **furthest = nullptr;

    reference operator*() const { return *p; }
    CountingIterator &operator++()
    {
        ++p;
        if (p > *furthest)
            *furthest = p;
        return *this;
    }
    CountingIterator operator++(int)
    {
        CountingIterator before = *this;
        ++*this;
        return before;
    }
    bool operator==(const CountingIterator &other) const { return p == other.p; }
};

// Builds the DOM as nlohmann's own SAX DOM parser does, with the key path of every value, and
// throws seg::Error for repeated keys and numbers out of range.
class StrictBuilder
{
public:
    StrictBuilder(std::string_view text, const char *const *furthest, const std::string &displayName,
                  const std::string &what)
        : m_text(text), m_furthest(furthest), m_displayName(displayName), m_what(what)
    {
    }

    json result() { return std::move(m_root); }

    bool null() { return put(nullptr) != nullptr; }
    bool boolean(bool value) { return put(value) != nullptr; }
    bool number_integer(json::number_integer_t value) { return put(value) != nullptr; }
    bool number_unsigned(json::number_unsigned_t value) { return put(value) != nullptr; }
    bool number_float(json::number_float_t value, const json::string_t &) { return put(value) != nullptr; }
    bool string(json::string_t &value) { return put(std::move(value)) != nullptr; }
    bool binary(json::binary_t &value) { return put(std::move(value)) != nullptr; }

    bool start_object(std::size_t)
    {
        const std::string path = childPath();
        m_stack.push_back(Frame {put(json::object()), path, {}, 0});
        return true;
    }
    bool key(json::string_t &name)
    {
        Frame &top = m_stack.back();
        if (top.value->contains(name)) {
            const std::string path = top.path.empty() ? name : top.path + "." + name;
            throw Error(ErrorKind::InvalidData,
                        fillIn(Text::tr("%1 key '%2' is given twice (%3); a key may appear only once in an object"),
                               m_what, path, lineColumn(keyStart())),
                        ErrorLocation {m_displayName, -1, {}});
        }
        top.key = name;
        return true;
    }
    bool end_object()
    {
        m_stack.pop_back();
        return true;
    }
    bool start_array(std::size_t)
    {
        const std::string path = childPath();
        m_stack.push_back(Frame {put(json::array()), path, {}, 0});
        return true;
    }
    bool end_array()
    {
        m_stack.pop_back();
        return true;
    }

    bool parse_error(std::size_t position, const std::string &lastToken, const nlohmann::detail::exception &e)
    {
        // 406: a number literal beyond the range of a double (e.g. 1e999).
        if (dynamic_cast<const json::out_of_range *>(&e) && e.id == 406) {
            const std::size_t start = position >= lastToken.size() ? position - lastToken.size() : 0;
            throw Error(ErrorKind::InvalidData,
                        fillIn(Text::tr("%1 key '%2': the number %3 is out of range (%4)"), m_what, childPath(),
                               lastToken, lineColumn(start)),
                        ErrorLocation {m_displayName, -1, {}});
        }
        // nlohmann's message carries "at line L, column C"; keep it for the user.
        throw Error(ErrorKind::InvalidData, fillIn(Text::tr("the %1 is not valid JSON: %2"), m_what, e.what()),
                    ErrorLocation {m_displayName, -1, {}});
    }

private:
    struct Frame
    {
        json *value; // the object or array being filled; its parent is never resized meanwhile
        std::string path;
        std::string key; // objects: the key of the next value
        std::size_t index; // arrays: the index of the next value
    };

    // The key path of the value about to be read.
    std::string childPath() const
    {
        if (m_stack.empty())
            return {};
        const Frame &top = m_stack.back();
        if (top.value->is_array())
            return top.path + "[" + std::to_string(top.index) + "]";
        return top.path.empty() ? top.key : top.path + "." + top.key;
    }

    json *put(json value)
    {
        if (m_stack.empty()) {
            m_root = std::move(value);
            return &m_root;
        }
        Frame &top = m_stack.back();
        if (top.value->is_array()) {
            ++top.index;
            top.value->push_back(std::move(value));
            return &top.value->back();
        }
        json &slot = (*top.value)[top.key];
        slot = std::move(value);
        return &slot;
    }

    // Offset of the opening quote of the key that the lexer has just read.
    std::size_t keyStart() const
    {
        std::size_t i = static_cast<std::size_t>(*m_furthest - m_text.data());
        if (i == 0)
            return 0;
        --i; // the closing quote
        while (i > 0) {
            --i;
            if (m_text[i] != '"')
                continue;
            std::size_t backslashes = 0;
            while (backslashes < i && m_text[i - 1 - backslashes] == '\\')
                ++backslashes;
            if (backslashes % 2 == 0)
                return i;
        }
        return 0;
    }

    std::string lineColumn(std::size_t offset) const
    {
        std::size_t line = 1, column = 1;
        for (std::size_t i = 0; i < offset && i < m_text.size(); ++i) {
            if (m_text[i] == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        return fillIn(Text::tr("line %1, column %2"), line, column);
    }

    std::string_view m_text;
    const char *const *m_furthest;
    const std::string &m_displayName;
    const std::string &m_what;
    json m_root;
    std::vector<Frame> m_stack;
};

} // namespace

nlohmann::json parseStrictJson(std::string_view text, const std::string &displayName, const std::string &what)
{
    const char *furthest = text.data();
    StrictBuilder builder(text, &furthest, displayName, what);
    CountingIterator first {text.data(), &furthest};
    CountingIterator last {text.data() + text.size(), &furthest};
    json::sax_parse(first, last, &builder);
    return builder.result();
}

} // namespace seg
