#pragma once
// The engine's messages (engine/core/text.h) in the user's language: Qt's translator for the
// words, the default QLocale for the counts. Qt Core only, so segscope shares it.

namespace seg {

/// Lets the engine translate through QCoreApplication::translate. Call once at start-up, after
/// the translator is installed or not: a message without a translation keeps its English,
/// singular or plural by the engine's rule.
void installEngineText();

} // namespace seg
