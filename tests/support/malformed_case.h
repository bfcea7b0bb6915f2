#pragma once
// One case of the malformed-input corpus (tests/cli/malformed/NAME.case): what to set up, how to
// run segscope and what must come out. The format is described in tests/cli/malformed/README.md;
// this header reads it and builds the case's files, and fails loudly on anything it does not know.

#include <QByteArray>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

struct MalformedSetup
{
    QString kind; ///< hardlink, symlink, fifo, feed, mode, mkdir, truncate
    QStringList args;
};

struct MalformedFile
{
    QString name;
    bool sqlite = false; ///< `bytes` are SQL statements run in a new database of that name
    QByteArray bytes;
};

struct MalformedCase
{
    QString name; ///< the file name without `.case`
    QString about;
    QStringList args; ///< with {NAME} placeholders, split as the README says
    QString stdinFile;
    int exitCode = -100;
    QStringList words;
    QStringList absent;
    QStringList creates;
    QStringList changes;
    QList<QPair<QString, int>> lines;
    QList<MalformedSetup> setups;
    QList<MalformedFile> files;
    int timeoutSeconds = 20;
};

namespace malformed {

/// Splits at spaces; '...' groups (no escapes inside, so '' is an empty argument).
inline std::optional<QStringList> splitArgs(const QString &text)
{
    QStringList out;
    QString current;
    bool inWord = false, quoted = false;
    for (const QChar c : text) {
        if (quoted) {
            if (c == u'\'')
                quoted = false;
            else
                current += c;
        } else if (c == u'\'') {
            quoted = true;
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord)
                out << current;
            current.clear();
            inWord = false;
        } else {
            current += c;
            inWord = true;
        }
    }
    if (quoted)
        return std::nullopt;
    if (inWord)
        out << current;
    return out;
}

/// "65MiB", "100MB", "4KiB", "300": a count.
inline std::optional<qint64> parseCount(const QString &text)
{
    static const QList<QPair<QString, qint64>> units {{QStringLiteral("KiB"), 1024},
                                                      {QStringLiteral("MiB"), 1024 * 1024},
                                                      {QStringLiteral("KB"), 1000},
                                                      {QStringLiteral("MB"), 1000 * 1000}};
    for (const auto &[suffix, factor] : units)
        if (text.endsWith(suffix)) {
            bool ok = false;
            const qint64 n = text.chopped(suffix.size()).toLongLong(&ok);
            return ok && n >= 0 ? std::optional<qint64>(n * factor) : std::nullopt;
        }
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    return ok && n >= 0 ? std::optional<qint64>(n) : std::nullopt;
}

/// Decodes \xHH, \t, \r, \n and \\ in one line of a body.
inline std::optional<QByteArray> decodeEscapes(const QByteArray &line)
{
    QByteArray out;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] != '\\') {
            out += line[i];
            continue;
        }
        if (++i >= line.size())
            return std::nullopt;
        switch (line[i]) {
        case 't': out += '\t'; break;
        case 'r': out += '\r'; break;
        case 'n': out += '\n'; break;
        case '\\': out += '\\'; break;
        case 'x': {
            const QByteArray hex = line.mid(i + 1, 2);
            bool ok = false;
            const int byte = hex.toInt(&ok, 16);
            if (hex.size() != 2 || !ok)
                return std::nullopt;
            out += static_cast<char>(byte);
            i += 2;
            break;
        }
        default: return std::nullopt;
        }
    }
    return out;
}

/// Expands every {{repeat N TEXT}} of a line: TEXT N times, with {n} replaced by 1, 2, ... N.
inline std::optional<QByteArray> expandRepeats(const QByteArray &line)
{
    QByteArray out;
    qsizetype from = 0;
    for (;;) {
        const qsizetype open = line.indexOf("{{repeat ", from);
        if (open < 0)
            break;
        const qsizetype close = line.indexOf("}}", open);
        if (close < 0)
            return std::nullopt;
        out += line.mid(from, open - from);
        const QByteArray inner = line.mid(open + 9, close - open - 9);
        const qsizetype space = inner.indexOf(' ');
        if (space < 0)
            return std::nullopt;
        const auto count = parseCount(QString::fromLatin1(inner.left(space)));
        if (!count)
            return std::nullopt;
        const QByteArray text = inner.mid(space + 1);
        if (!text.contains("{n}")) {
            const qsizetype start = out.size();
            out.reserve(start + *count * text.size());
            if (text.size() == 1)
                out += QByteArray(*count, text[0]);
            else
                for (qint64 k = 0; k < *count; ++k)
                    out += text;
        } else {
            for (qint64 k = 1; k <= *count; ++k) {
                QByteArray copy = text;
                out += copy.replace("{n}", QByteArray::number(k));
            }
        }
        from = close + 2;
    }
    out += line.mid(from);
    return out;
}

/// UTF-8 `text` re-encoded as UTF-16/UTF-32 (code points below 0x10000 only, enough for tests).
inline QByteArray encode(const QByteArray &text, const QString &encoding)
{
    if (encoding == QLatin1String("utf8"))
        return text;
    const int width = encoding.startsWith(QLatin1String("utf16")) ? 2 : 4;
    const bool big = encoding.endsWith(QLatin1String("be"));
    QByteArray out;
    for (const QChar c : QString::fromUtf8(text)) {
        const char16_t u = c.unicode();
        QByteArray unit(width, '\0');
        unit[big ? width - 1 : 0] = static_cast<char>(u & 0xFF);
        unit[big ? width - 2 : 1] = static_cast<char>(u >> 8);
        out += unit;
    }
    return out;
}

inline QByteArray byteOrderMark(const QString &encoding)
{
    if (encoding == QLatin1String("utf8"))
        return QByteArray("\xEF\xBB\xBF");
    if (encoding == QLatin1String("utf16le"))
        return QByteArray("\xFF\xFE", 2);
    if (encoding == QLatin1String("utf16be"))
        return QByteArray("\xFE\xFF", 2);
    if (encoding == QLatin1String("utf32le"))
        return QByteArray("\xFF\xFE\0\0", 4);
    return QByteArray("\0\0\xFE\xFF", 4);
}

/// Builds one `--- file` section's bytes from its body lines and options.
inline std::optional<QByteArray> buildFile(const QList<QByteArray> &body, const QStringList &options,
                                           QString *error)
{
    QString eol = QStringLiteral("lf"), encoding = QStringLiteral("utf8");
    bool escapes = false, bom = false;
    for (const QString &o : options) {
        if (o.startsWith(QLatin1String("eol=")))
            eol = o.mid(4);
        else if (o.startsWith(QLatin1String("encoding=")))
            encoding = o.mid(9);
        else if (o == QLatin1String("escapes"))
            escapes = true;
        else if (o == QLatin1String("bom"))
            bom = true;
        else {
            *error = QStringLiteral("unknown file option '%1'").arg(o);
            return std::nullopt;
        }
    }
    static const QStringList eols {QStringLiteral("lf"), QStringLiteral("crlf"), QStringLiteral("cr"),
                                   QStringLiteral("none")};
    static const QStringList encodings {QStringLiteral("utf8"), QStringLiteral("utf16le"), QStringLiteral("utf16be"),
                                        QStringLiteral("utf32le"), QStringLiteral("utf32be")};
    if (!eols.contains(eol) || !encodings.contains(encoding)) {
        *error = QStringLiteral("unknown eol= or encoding= value");
        return std::nullopt;
    }
    const QByteArray lineEnd = eol == QLatin1String("crlf") ? QByteArray("\r\n")
        : eol == QLatin1String("cr")                         ? QByteArray("\r")
        : eol == QLatin1String("lf")                         ? QByteArray("\n")
                                                             : QByteArray();
    QByteArray text;
    for (qsizetype i = 0; i < body.size(); ++i) {
        std::optional<QByteArray> line = body[i];
        if (escapes)
            line = decodeEscapes(*line);
        if (line)
            line = expandRepeats(*line);
        if (!line) {
            *error = QStringLiteral("bad escape or {{repeat}} in line '%1'").arg(QString::fromUtf8(body[i]));
            return std::nullopt;
        }
        text += *line;
        // eol=none: no line end anywhere, so the lines are one piece of text.
        text += lineEnd;
    }
    text = encode(text, encoding);
    return bom ? byteOrderMark(encoding) + text : text;
}

/// Reads a case file; on failure returns nullopt and says why in `error`.
inline std::optional<MalformedCase> parseCase(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open");
        return std::nullopt;
    }
    QList<QByteArray> lines = file.readAll().split('\n');
    if (!lines.isEmpty() && lines.back().isEmpty())
        lines.removeLast(); // the file's own final line break

    MalformedCase c;
    c.name = QFileInfo(path).completeBaseName();
    bool sawArgs = false, sawExit = false;
    const auto fail = [&](int lineNo, const QString &why) {
        *error = QStringLiteral("%1:%2: %3").arg(QFileInfo(path).fileName()).arg(lineNo + 1).arg(why);
        return std::nullopt;
    };
    qsizetype i = 0;
    for (; i < lines.size() && !lines[i].startsWith("--- "); ++i) {
        const QString line = QString::fromUtf8(lines[i]);
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype colon = line.indexOf(u':');
        if (colon < 0)
            return fail(int(i), QStringLiteral("expected 'key: value'"));
        const QString key = line.left(colon).trimmed();
        const QString value = line.mid(colon + 1).trimmed();
        const QStringList names = value.split(u' ', Qt::SkipEmptyParts);
        if (key == QLatin1String("about")) {
            c.about = value;
        } else if (key == QLatin1String("args")) {
            const auto args = splitArgs(value);
            if (!args || args->isEmpty())
                return fail(int(i), QStringLiteral("unterminated quote or no arguments"));
            c.args = *args;
            sawArgs = true;
        } else if (key == QLatin1String("stdin")) {
            c.stdinFile = value;
        } else if (key == QLatin1String("exit")) {
            bool ok = false;
            c.exitCode = value.toInt(&ok);
            if (!ok)
                return fail(int(i), QStringLiteral("exit needs a number"));
            sawExit = true;
        } else if (key == QLatin1String("words")) {
            for (const QString &w : value.split(QStringLiteral(" | ")))
                if (!w.trimmed().isEmpty())
                    c.words << w.trimmed();
        } else if (key == QLatin1String("absent")) {
            c.absent << names;
        } else if (key == QLatin1String("creates")) {
            c.creates << names;
        } else if (key == QLatin1String("changes")) {
            c.changes << names;
        } else if (key == QLatin1String("lines")) {
            bool ok = false;
            if (names.size() != 2 || (names[1].toInt(&ok), !ok))
                return fail(int(i), QStringLiteral("lines needs NAME COUNT"));
            c.lines.append({names[0], names[1].toInt()});
        } else if (key == QLatin1String("setup")) {
            QStringList parts = names;
            parts.removeAll(QStringLiteral("->"));
            parts.removeAll(QStringLiteral("<-"));
            static const QStringList kinds {QStringLiteral("hardlink"), QStringLiteral("symlink"),
                                            QStringLiteral("fifo"),     QStringLiteral("feed"),
                                            QStringLiteral("mode"),     QStringLiteral("mkdir"),
                                            QStringLiteral("truncate")};
            if (parts.isEmpty() || !kinds.contains(parts.front()))
                return fail(int(i), QStringLiteral("unknown setup '%1'").arg(value));
            const int need = (parts.front() == QLatin1String("fifo") || parts.front() == QLatin1String("mkdir")) ? 2 : 3;
            if (parts.size() != need)
                return fail(int(i), QStringLiteral("setup '%1' needs %2 names").arg(parts.front()).arg(need - 1));
            c.setups.append({parts.front(), parts.mid(1)});
        } else if (key == QLatin1String("timeout")) {
            bool ok = false;
            c.timeoutSeconds = value.toInt(&ok);
            if (!ok || c.timeoutSeconds <= 0)
                return fail(int(i), QStringLiteral("timeout needs seconds"));
        } else {
            return fail(int(i), QStringLiteral("unknown key '%1'").arg(key));
        }
    }
    if (!sawArgs || !sawExit)
        return fail(int(i), QStringLiteral("a case needs args: and exit:"));
    while (i < lines.size()) {
        const QStringList header = QString::fromUtf8(lines[i].mid(4)).split(u' ', Qt::SkipEmptyParts);
        if (header.size() < 2 || (header[0] != QLatin1String("file") && header[0] != QLatin1String("sqlite")))
            return fail(int(i), QStringLiteral("expected '--- file NAME [options]' or '--- sqlite NAME'"));
        const qsizetype start = ++i;
        QList<QByteArray> body;
        while (i < lines.size() && !lines[i].startsWith("--- "))
            body << lines[i++];
        MalformedFile f;
        f.name = header[1];
        if (header[0] == QLatin1String("sqlite")) {
            f.sqlite = true;
            f.bytes = body.join('\n');
        } else {
            QString why;
            const auto bytes = buildFile(body, header.mid(2), &why);
            if (!bytes)
                return fail(int(start - 1), why);
            f.bytes = *bytes;
        }
        c.files << f;
    }
    return c;
}

/// {NAME} → DIR/NAME and {dir} → DIR, for arguments and words.
inline QString substitute(QString text, const QString &dir)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([A-Za-z0-9._-]+)\\}"));
    QString out;
    qsizetype from = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += text.mid(from, m.capturedStart() - from);
        out += m.captured(1) == QLatin1String("dir") ? dir : dir + u'/' + m.captured(1);
        from = m.capturedEnd();
    }
    return out + text.mid(from);
}

} // namespace malformed
