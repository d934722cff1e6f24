#!/usr/bin/env python3
"""A LinkedIn Connections.csv of N rows for import figures (docs/performance.md).

Every row has its own profile URL and last name; first names come from 12 and
companies from 500, so one person in twelve shares a first name, as in a real
address book. Seeded: the same N gives the same file.

    python3 benches/linkedin-rows.py 100000 > /tmp/li100k.csv
    GIVEGIVE_LINGER=0 /usr/bin/time -v target/release/givegive --db /tmp/j \
        import --format linkedin /tmp/li100k.csv
"""
import random
import sys

n = int(sys.argv[1])
r = random.Random(42)
firsts = "Anna Marco Priya John Maria Luca Sofia David Elena Paolo Giulia Omar".split()
syllables = "ka lo mi ne ra su ti vo ze ba de fi go hu".split()
print('Notes:\n"When exporting your connection data..."\n')
print("First Name,Last Name,URL,Email Address,Company,Position,Connected On")
for i in range(n):
    # A unique last name of letters: syllables, then i written in base 26.
    tail, k = "", i
    while True:
        tail += "abcdefghijklmnopqrstuvwxyz"[k % 26]
        k //= 26
        if k == 0:
            break
    last = "".join(r.choice(syllables) for _ in range(3)).capitalize() + tail
    print(
        f"{r.choice(firsts)},{last},https://www.linkedin.com/in/p{i},,"
        f"Company {r.randrange(500)},Engineer,{r.randrange(1, 28)} Mar 2021"
    )
