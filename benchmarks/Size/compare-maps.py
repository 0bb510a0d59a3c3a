#!/usr/bin/env python3
"""What one native-AOT build has that another has not, from ILC's map files (-p:IlcGenerateMapFile=true).

Usage: compare-maps.py BASE.map.xml WITH.map.xml [--top N] [--grep TEXT]
Prints the bytes of nodes (method code, type data, ...) only WITH has, grouped by type (the mangled name up to '__'),
largest first; --grep lists the single nodes whose name contains TEXT. Native code outside the map (the runtime,
the OpenSSL shim's callers) shows only in the file size.
"""
import re
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict


def nodes(path):
    result = {}
    for element in ET.parse(path).getroot():
        name = element.get("Name")
        length = element.get("Length")
        if name is None or length is None:
            continue
        result[(element.tag, name)] = int(length)
    return result


def owner(name):
    name = re.sub(r"^(__GenericDict_|__Str_|_?unbox_|__GCStaticBase_|__NonGCStaticBase_)", "", name)
    head = name.split("__")[0]
    return head.split("<")[0]


def main():
    args = sys.argv[1:]
    top = 60
    grep = None
    if "--top" in args:
        i = args.index("--top")
        top = int(args[i + 1])
        del args[i:i + 2]
    if "--grep" in args:
        i = args.index("--grep")
        grep = args[i + 1]
        del args[i:i + 2]
    base, with_ = nodes(args[0]), nodes(args[1])
    added = {key: size for key, size in with_.items() if key not in base}
    removed = {key: size for key, size in base.items() if key not in with_}
    print(f"map bytes: base {sum(base.values()):,}, with {sum(with_.values()):,}; "
          f"only in with {sum(added.values()):,} in {len(added)} nodes, only in base {sum(removed.values()):,}")
    if grep:
        for (tag, name), size in sorted(added.items(), key=lambda kv: -kv[1]):
            if grep.lower() in name.lower():
                print(f"{size:8,}  {tag:28} {name}")
        return
    grown = {key: with_[key] - base[key] for key in with_ if key in base and with_[key] != base[key]}
    print(f"nodes in both that grew: {sum(grown.values()):,}, largest: " +
          ", ".join(f"{name} {size:+,}" for (tag, name), size in sorted(grown.items(), key=lambda kv: -kv[1])[:3]))
    groups = defaultdict(int)
    for (tag, name), size in added.items():
        groups[owner(name)] += size
    for name, size in sorted(groups.items(), key=lambda kv: -kv[1])[:top]:
        print(f"{size:8,}  {name}")


if __name__ == "__main__":
    main()
