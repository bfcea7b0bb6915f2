#!/usr/bin/env python3
"""Moves translations between a Qt .ts file and JSON, for translating outside Qt Linguist.

  ts_json.py export TS_FILE OUT.json [--context-prefix P] [--exclude-context P] [--all]
      Writes the messages still to translate (unfinished, or every message with --all) as a
      list of {"context", "source", "comment", "numerus", "translation"}; "translation" is ""
      (or, for plurals, a list of forms) to be filled in.
  ts_json.py import TS_FILE IN.json...
      Puts every filled "translation" of IN.json into TS_FILE (matched by context and source)
      and marks it finished. Reports the entries that match no message.

Check the result with scripts/check_translations.py.
"""

import json
import sys
import xml.etree.ElementTree as ET


def load(path):
    tree = ET.parse(path)
    return tree, tree.getroot()


def save(tree, path):
    # Indents the elements only (a message's text, with its own line breaks and spaces, is kept
    # as it is); lupdate writes its own layout the next time it runs.
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode", short_empty_elements=False)
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")


def comment_of(message):
    """The disambiguation, else the note for translators: what a translator reads beside the source."""
    return message.findtext("comment") or message.findtext("extracomment") or ""


def export(args):
    path, out = args[0], args[1]
    prefix = exclude = None
    everything = "--all" in args
    if "--context-prefix" in args:
        prefix = args[args.index("--context-prefix") + 1]
    if "--exclude-context" in args:
        exclude = args[args.index("--exclude-context") + 1]
    _, root = load(path)
    items = []
    for context in root.iter("context"):
        name = context.findtext("name")
        if prefix and not name.startswith(prefix):
            continue
        if exclude and name.startswith(exclude):
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if not everything and translation is not None and translation.get("type") not in ("unfinished",):
                continue
            numerus = message.get("numerus") == "yes"
            items.append({
                "context": name,
                "source": message.findtext("source") or "",
                "comment": comment_of(message),
                "numerus": numerus,
                "translation": [f.text or "" for f in translation.iter("numerusform")] if numerus and translation is not None
                else (translation.text or "" if translation is not None else ""),
            })
    with open(out, "w", encoding="utf-8") as f:
        json.dump(items, f, ensure_ascii=False, indent=1)
    print(f"{len(items)} message(s) to {out}")


def import_(args):
    path = args[0]
    tree, root = load(path)
    # Two messages may share a source and differ by their disambiguating comment ("%1 %2" as a
    # label and as a channel): the comment is part of the key, as export writes it.
    index = {}
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            index[(name, message.findtext("source") or "", comment_of(message))] = message
    done = unmatched = 0
    for source in args[1:]:
        with open(source, encoding="utf-8") as f:
            items = json.load(f)
        for item in items:
            text = item.get("translation")
            if not text:
                continue
            message = index.get((item["context"], item["source"], item.get("comment", "")))
            if message is None:
                unmatched += 1
                print(f"no message [{item['context']}] {item['source'][:70]!r}")
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                translation.text = None
                for form in (text if isinstance(text, list) else [text]):
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = text if isinstance(text, str) else text[0]
            done += 1
    save(tree, path)
    print(f"{done} translation(s) into {path}, {unmatched} unmatched")
    return 1 if unmatched else 0


if __name__ == "__main__":
    if len(sys.argv) < 3 or sys.argv[1] not in ("export", "import"):
        print(__doc__)
        sys.exit(2)
    sys.exit(export(sys.argv[2:]) or 0 if sys.argv[1] == "export" else import_(sys.argv[2:]))
