#!/usr/bin/env python3
"""Runs a command in a pseudo-terminal, waits for READY (a regex) on its screen, then pastes N
characters as a terminal does (bracketed: ESC [200~ … ESC [201~) and prints the milliseconds from
the first pasted byte until SHOWN (a regex) appears. Usage: pty-paste.py TIMEOUT_S READY SHOWN N CMD [ARGS...]"""
import fcntl, os, pty, re, select, signal, struct, sys, termios, time

timeout, ready, shown, n, cmd = float(sys.argv[1]), re.compile(sys.argv[2].encode()), re.compile(sys.argv[3].encode()), int(sys.argv[4]), sys.argv[5:]
pid, fd = pty.fork()
if pid == 0:
    fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 100, 0, 0))  # a 100 x 40 terminal
    os.environ.setdefault("TERM", "xterm-256color")
    os.execvp(cmd[0], cmd)
fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) | os.O_NONBLOCK)
words = "tu as bien fait de m'appeler ce n'est pas ta faute je t'écoute ".encode()
paste = b"\x1b[200~" + (words * (n // len(words) + 1))[:n] + b"\x1b[201~"
start = time.perf_counter()
seen, phase, sent, pasted_at, found = b"", "ready", 0, None, None
strip = lambda b: re.sub(rb"\x1b\[[0-9;?]*[A-Za-z]", b"", b)
while time.perf_counter() - start < timeout and found is None:
    want_write = phase == "paste" and sent < len(paste)
    r, w, _ = select.select([fd], [fd] if want_write else [], [], 0.01)
    if r:
        try:
            chunk = os.read(fd, 1 << 20)
        except (BlockingIOError, InterruptedError):
            chunk = b""
        except OSError:
            break
        seen = (seen + chunk)[-200_000:]
        if phase == "ready" and ready.search(strip(seen)):
            phase, seen, pasted_at = "paste", b"", time.perf_counter()
        elif phase == "paste" and shown.search(strip(seen)):
            found = (time.perf_counter() - pasted_at) * 1000
    if w:
        try:
            sent += os.write(fd, paste[sent:sent + 4096])
        except BlockingIOError:
            pass
try:
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
except OSError:
    pass
if found is None:
    sys.stderr.write(f"not shown ({phase}, {sent} of {len(paste)} bytes sent); screen was:\n" + seen.decode("utf-8", "replace")[-2000:] + "\n")
    sys.exit(1)
print(f"{found:.1f}")
