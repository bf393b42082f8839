#!/usr/bin/env python3
"""Runs a command in a pseudo-terminal and prints the milliseconds until MARKER (a regex) appears
on its screen output, then ends the command. Usage: pty-time.py TIMEOUT_S MARKER CMD [ARGS...]"""
import fcntl, os, pty, re, select, signal, struct, sys, termios, time

timeout, marker, cmd = float(sys.argv[1]), re.compile(sys.argv[2].encode()), sys.argv[3:]
start = time.perf_counter()
pid, fd = pty.fork()
if pid == 0:
    fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))  # a 100 x 30 terminal
    os.environ.setdefault("TERM", "xterm-256color")
    os.execvp(cmd[0], cmd)
seen = b""
found = None
while time.perf_counter() - start < timeout:
    r, _, _ = select.select([fd], [], [], 0.01)
    if r:
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
        if marker.search(re.sub(rb"\x1b\[[0-9;?]*[A-Za-z]", b"", seen)):
            found = (time.perf_counter() - start) * 1000
            break
try:
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
except OSError:
    pass
if found is None:
    sys.stderr.write("marker not seen; screen was:\n" + seen.decode("utf-8", "replace")[-2000:] + "\n")
    sys.exit(1)
print(f"{found:.1f}")
