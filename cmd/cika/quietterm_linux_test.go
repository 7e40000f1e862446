//go:build linux

package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"unsafe"
)

// TestNoTerminalQuery runs `cika --help` (this test binary as cika, see
// TestMain) on a pseudo-terminal that answers nothing, as script(1)'s does,
// and checks that cika wrote no query to it: bubbletea's init used to ask
// for the background colour (OSC 11) in every process and, unanswered,
// waited 5 seconds for the reply (internal/quietterm).
func TestNoTerminalQuery(t *testing.T) {
	ptm, pts, err := openPTY()
	if err != nil {
		t.Skipf("no pseudo-terminal here: %v", err)
	}
	defer ptm.Close()

	dir := t.TempDir()
	bin := filepath.Join(dir, "cika")
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(exe, bin); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "--help")
	cmd.Env = append(os.Environ(), "TERM=xterm-256color", "CI=")
	cmd.Stdin, cmd.Stdout, cmd.Stderr = pts, pts, pts
	// A session of its own with the terminal as its controlling one, in the
	// foreground: what termenv requires before it queries.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true, Ctty: 0}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	pts.Close()
	// Everything cika wrote, until it exits and the terminal hangs up (EIO).
	var out bytes.Buffer
	if _, err := io.Copy(&out, ptm); err != nil && !errors.Is(err, syscall.EIO) {
		t.Fatal(err)
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("cika --help: %v\n%s", err, out.Bytes())
	}
	if !bytes.Contains(out.Bytes(), []byte("USAGE")) {
		t.Fatalf("no help on the terminal:\n%q", out.Bytes())
	}
	for _, q := range []string{"\x1b]11;?", "\x1b[6n"} {
		if bytes.Contains(out.Bytes(), []byte(q)) {
			t.Errorf("cika queried the terminal (%q):\n%q", q, out.Bytes())
		}
	}
}

// openPTY opens a pseudo-terminal pair: the master, and the slave that the
// child takes as its terminal.
func openPTY() (ptm, pts *os.File, err error) {
	ptm, err = os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY|syscall.O_CLOEXEC, 0)
	if err != nil {
		return nil, nil, err
	}
	var unlock int32
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, ptm.Fd(), syscall.TIOCSPTLCK, uintptr(unsafe.Pointer(&unlock))); e != 0 {
		ptm.Close()
		return nil, nil, fmt.Errorf("unlock %s: %w", ptm.Name(), e)
	}
	var n uint32
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, ptm.Fd(), syscall.TIOCGPTN, uintptr(unsafe.Pointer(&n))); e != 0 {
		ptm.Close()
		return nil, nil, fmt.Errorf("number of %s: %w", ptm.Name(), e)
	}
	pts, err = os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		ptm.Close()
		return nil, nil, err
	}
	return ptm, pts, nil
}
