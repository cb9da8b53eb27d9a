#!/usr/bin/env python3
"""Where the request threads spend their CPU, from collapsed async-profiler stacks taken with the
`threads` option (read_path.py's READ_PROFILE):

  python3 src/bench/profile_summary.py target/read-path.txt [thread-prefix]

Counts only the samples of threads whose name starts with the prefix (default: Vert.x event-loop
threads, where every delivery request runs) and prints the frames with the largest share of them,
inclusive (the frame and what it calls) and self.
"""
import collections
import sys


def main():
    path = sys.argv[1]
    prefix = sys.argv[2] if len(sys.argv) > 2 else "[vert.x-eventloop-thread"
    inclusive, own, total = collections.Counter(), collections.Counter(), 0
    with open(path) as stacks:
        for line in stacks:
            stack, count = line.rsplit(" ", 1)
            frames = stack.split(";")
            if not frames[0].startswith(prefix):
                continue
            count = int(count)
            total += count
            own[frames[-1]] += count
            for frame in set(frames[1:]):
                inclusive[frame] += count
    print(f"{total} samples on threads starting with {prefix!r}")
    print("\ninclusive")
    for frame, count in inclusive.most_common(45):
        print(f"{100 * count / total:5.1f}%  {frame[:130]}")
    print("\nself")
    for frame, count in own.most_common(25):
        print(f"{100 * count / total:5.1f}%  {frame[:130]}")


if __name__ == "__main__":
    main()
