#!/usr/bin/env python3
"""Checks the translations in translations/segmentscope_*.ts.

Fails (exit 1, one line per problem: file, context, source) when a message is

* unfinished, vanished or obsolete (lupdate marks them: a source string changed or was removed);
* missing a placeholder of its source (%1..%99, %L1, %n), or adding one: .arg() would put a
  number in the wrong place or leave "%2" on screen;
* a plural message (numerus) without exactly the forms its language has;
* a translation whose HTML tags differ from the source's (<b>, <br>, ...);
* a menu or button text whose '&' accelerator was lost or doubled;

and when the explorer's code gives a widget literal text instead of tr() (setText(QStringLiteral(
"Segments")) and the like): such a string never reaches the translations.

The English file only needs its plural messages: every other English text is the source itself.

Usage: check_translations.py [TS_FILE...]
  (default: every translations/segmentscope_*.ts, and the sources for unmarked strings)
"""

import glob
import os
import re
import sys
import xml.etree.ElementTree as ET

# Plural forms per language as Qt counts them (Qt's numerus rules, src/linguist/shared/numerus.cpp).
PLURAL_FORMS = {"en": 2, "de": 2, "fr": 2, "es": 2}

PLACEHOLDER = re.compile(r"%L?(?:[1-9][0-9]?|n)")
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)[^>]*>")


def placeholders(text):
    # %L1 and %1 both take the first argument; a translation may use either form.
    return sorted(p.replace("%L", "%") for p in PLACEHOLDER.findall(text))


def tags(text):
    return sorted(t.lower() for t in TAG.findall(text))


def accelerators(text):
    # "&&" is a literal ampersand, "&x" marks x as the accelerator.
    return len(re.findall(r"(?<!&)&(?!&)(?=\w)", text.replace("&&", "")))


def language_of(path, root):
    lang = root.get("language") or os.path.basename(path).split("_", 1)[1].split(".")[0]
    return lang.split("_")[0]


def check_file(path):
    problems = []
    root = ET.parse(path).getroot()
    lang = language_of(path, root)
    english = lang == "en"
    forms = PLURAL_FORMS.get(lang)
    if forms is None:
        return [f"{path}: no plural rule known for language '{lang}' (add it to PLURAL_FORMS)"]
    count = 0
    for context in root.iter("context"):
        name = context.findtext("name")
        if name == "Cli":
            # segscope's Cli::tr() translates in context "segscope"; lupdate sometimes loses the
            # class there (after a std::visit, in some functions returning std:: types).
            problems.append(f"{path}: context 'Cli' (use QCoreApplication::translate(\"segscope\", ...) at those calls)")
        for message in context.iter("message"):
            count += 1
            source = message.findtext("source") or ""
            where = f"{path}: [{name}] {source[:70]!r}"
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            numerus = message.get("numerus") == "yes"
            if kind in ("vanished", "obsolete"):
                problems.append(f"{where}: {kind} (the source string changed or was removed; run lupdate -no-obsolete)")
                continue
            if english and not numerus:
                continue
            if kind == "unfinished" or translation is None:
                problems.append(f"{where}: unfinished")
                continue
            texts = [f.text or "" for f in translation.iter("numerusform")] if numerus else [translation.text or ""]
            if numerus and len(texts) != forms:
                problems.append(f"{where}: {len(texts)} plural forms, {lang} has {forms}")
            for text in texts:
                if not text.strip():
                    problems.append(f"{where}: empty translation")
                    continue
                want = placeholders(source)
                got = placeholders(text)
                # A plural form may leave %n out ("one segment" for 1).
                if numerus:
                    want = [p for p in want if p != "%n"]
                    got = [p for p in got if p != "%n"]
                if want != got:
                    problems.append(f"{where}: placeholders {got} in {text[:60]!r}, the source has {want}")
                if tags(source) != tags(text):
                    problems.append(f"{where}: HTML tags {tags(text)} in {text[:60]!r}, the source has {tags(source)}")
                if accelerators(source) != accelerators(text):
                    problems.append(f"{where}: {accelerators(text)} '&' accelerators in {text[:60]!r}, "
                                    f"the source has {accelerators(source)}")
    if count == 0:
        problems.append(f"{path}: no messages (run the update_translations target)")
    return problems


# Text shown to the user and given as a literal instead of through tr(): the setters and dialogs
# of the widgets' text (a literal of at least one word there is an untranslated string).
UNMARKED = re.compile(
    r"(?:setText|setToolTip|setWindowTitle|setPlaceholderText|setAccessibleName|setAccessibleDescription|"
    r"setStatusTip|setWhatsThis|setTitle|addTab|insertTab|setTabText|setTabToolTip|addAction|addItem|addMenu|"
    r"showMessage|setLabelText|setHeaderLabels|setSpecialValueText|setSuffix|setPrefix|"
    r"QMessageBox::(?:information|warning|critical|question)\([^,]*,)"
    r"\(\s*(?:QStringLiteral|QLatin1String|QString::fromLatin1|QString::fromUtf8)\(\"[^\"]*[A-Za-z]{3,}")
GUI_SOURCES = ["app/ui", "app/report", "app/gui", "app/core", "widgets"]


def check_sources(root):
    problems = []
    for folder in GUI_SOURCES:
        for path in sorted(glob.glob(os.path.join(root, folder, "*.cpp"))):
            with open(path, encoding="utf-8") as f:
                for number, line in enumerate(f, 1):
                    if UNMARKED.search(line):
                        problems.append(f"{os.path.relpath(path, root)}:{number}: user-visible text not marked for "
                                        f"translation (use tr()): {line.strip()[:90]}")
    return problems


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.join(here, "..")
    files = argv[1:] or sorted(glob.glob(os.path.join(root, "translations", "segmentscope_*.ts")))
    problems = [] if argv[1:] else check_sources(root)
    for path in files:
        problems += check_file(path)
    for p in problems:
        print(p)
    print(f"{len(files)} translation file(s), {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
