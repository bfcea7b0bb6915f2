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

    bool start_object(std::size_t) { return open(json::object()); }
    bool key(json::string_t &name)
    {
        Frame &top = m_stack.back();
        if (top.value->contains(name)) {
            std::string path = framePath(m_stack.size() - 1);
            path += path.empty() ? name : "." + name;
            throw Error(ErrorKind::InvalidData,
                        fillIn(Text::tr("%1 key '%2' is given twice (%3); a key may appear only once in an object"),
                               m_what, path, lineColumn(keyStart())),
                        ErrorLocation {m_displayName, -1, {}});
        }
        top.slot = &(*top.value)[name];
        return true;
    }
    bool end_object()
    {
        m_stack.pop_back();
        return true;
    }
    bool start_array(std::size_t) { return open(json::array()); }
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
        // nlohmann's message carries "at line L, column C"; keep it for the user, without the
        // library's tag ("[json.exception.parse_error.101] ").
        std::string message = e.what();
        if (message.rfind("[json.exception.", 0) == 0)
            if (const auto tag = message.find("] "); tag != std::string::npos)
                message.erase(0, tag + 2);
        throw Error(ErrorKind::InvalidData, fillIn(Text::tr("the %1 is not valid JSON: %2"), m_what, message),
                    ErrorLocation {m_displayName, -1, {}});
    }

private:
    // Paths are made only for a message: kept in every frame, they would cost the square of the
    // depth.
    struct Frame
    {
        json *value; // the object or array being filled; its parent is never resized meanwhile
        json *slot; // objects: the value of the key just read
        std::size_t index; // arrays: the values put so far
    };

    bool open(json container)
    {
        if (m_stack.size() == kMaxStrictJsonDepth) {
            const std::size_t at = static_cast<std::size_t>(*m_furthest - m_text.data());
            throw Error(ErrorKind::InvalidData,
                        fillIn(Text::tr("the %1 nests arrays and objects more than %2 deep (%3)"), m_what,
                               kMaxStrictJsonDepth, lineColumn(at > 0 ? at - 1 : 0)),
                        ErrorLocation {m_displayName, -1, {}});
        }
        m_stack.push_back(Frame {put(std::move(container)), nullptr, 0});
        return true;
    }

    // Appends the step from `frame` to its value at `index` (arrays) or to its current key.
    static void appendStep(std::string &path, const Frame &frame, std::size_t index)
    {
        if (frame.value->is_array()) {
            path += "[" + std::to_string(index) + "]";
            return;
        }
        for (const auto &[name, value] : frame.value->items())
            if (&value == frame.slot) {
                if (!path.empty())
                    path += '.';
                path += name;
                return;
            }
    }

    // The key path of the value of frame `depth` (the root's is empty).
    std::string framePath(std::size_t depth) const
    {
        std::string path;
        for (std::size_t i = 0; i < depth; ++i)
            appendStep(path, m_stack[i], m_stack[i].index - 1); // put() has counted the frame above
        return path;
    }

    // The key path of the value about to be read.
    std::string childPath() const
    {
        if (m_stack.empty())
            return {};
        std::string path = framePath(m_stack.size() - 1);
        appendStep(path, m_stack.back(), m_stack.back().index);
        return path;
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
        *top.slot = std::move(value);
        return top.slot;
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
