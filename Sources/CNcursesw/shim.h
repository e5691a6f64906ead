#ifndef SKILLPATH_CNCURSESW_SHIM_H
#define SKILLPATH_CNCURSESW_SHIM_H
// SwiftPM drops pkg-config's -D flags, so the wide-character API is switched on here.
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <wchar.h>
#include <signal.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <langinfo.h>
#include <ncursesw/curses.h>

int wcwidth(wchar_t c);

// Macros and globals Swift 6 cannot import directly.
static inline unsigned int sp_a_bold(void) { return A_BOLD; }
static inline unsigned int sp_a_reverse(void) { return A_REVERSE; }
static inline unsigned int sp_a_dim(void) { return A_DIM; }
static inline unsigned int sp_a_underline(void) { return A_UNDERLINE; }
static inline unsigned int sp_a_normal(void) { return A_NORMAL; }
static inline WINDOW *sp_stdscr(void) { return stdscr; }
static inline int sp_lines(void) { return LINES; }
static inline int sp_cols(void) { return COLS; }
static inline int sp_colors(void) { return COLORS; }
static inline int sp_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *sp_stdout(void) { return stdout; }
static inline FILE *sp_stdin(void) { return stdin; }
/// Whether the terminal (after newterm) can move the cursor anywhere: without it a full screen cannot work.
static inline int sp_can_address_cursor(void) {
    char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}
static inline int sp_ok(void) { return OK; }
static inline int sp_err(void) { return ERR; }

/// Draws `n` wide characters at (y, x) with the given attributes and colour pair.
static inline int sp_put(WINDOW *w, int y, int x, const wchar_t *s, int n, attr_t attrs, short pair) {
    wattr_set(w, attrs, pair, NULL);
    return mvwaddnwstr(w, y, x, s, n);
}

/// Whether the C library's character type locale uses UTF-8.
static inline int sp_codeset_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

// Terminal restore on signals and exit, exactly once on every path.
//
// When curses starts, the bytes that undo it (mouse reporting off, keypad mode off, attributes
// reset, cursor shown, alternate screen left) and the terminal settings from before it are saved.
// A fatal signal, on whichever thread, then does only async-signal-safe things: claims the restore
// with an atomic exchange (so it happens once, whoever gets there first), write(2)s those bytes,
// tcsetattr(3)s the saved settings, and re-raises. INT, TERM, HUP and QUIT then take their default
// action (QUIT is treated like TERM: the process ends, never lingers deaf); crash signals go to the
// handler that was there before (Swift's backtracer), which prints on a usable terminal.
#include <termios.h>
#include <unistd.h>

static inline volatile int *sp_curses_flag(void) { static volatile int flag = 0; return &flag; }
static inline struct sigaction *sp_previous_actions(void) { static struct sigaction actions[65]; return actions; }
static inline char *sp_restore_bytes(void) { static char bytes[512]; return bytes; }
static inline size_t *sp_restore_length(void) { static size_t length = 0; return &length; }
static inline struct termios *sp_saved_termios(void) { static struct termios saved; return &saved; }
static inline int *sp_has_saved_termios(void) { static int has = 0; return &has; }

/// Claims the restore: 1 for the one caller that should do it, 0 for every other.
static inline int sp_claim_restore(void) { return __atomic_exchange_n(sp_curses_flag(), 0, __ATOMIC_SEQ_CST) != 0; }

static inline void sp_append_restore(const char *text) {
    if (text == NULL || text == (char *)-1) return;
    size_t n = strlen(text), *length = sp_restore_length();
    if (*length + n >= 512) return;
    memcpy(sp_restore_bytes() + *length, text, n);
    *length += n;
}

/// Saves the terminal's settings before curses changes them (call before newterm).
static inline void sp_save_terminal_state(void) {
    *sp_has_saved_termios() = tcgetattr(STDIN_FILENO, sp_saved_termios()) == 0;
}

/// Computes the bytes that leave curses mode for the terminal now set up (call after newterm).
static inline void sp_prepare_restore_bytes(void) {
    *sp_restore_length() = 0;
    // Mouse reporting off in every mode ncurses or a terminal may have turned on; bracketed paste off.
    sp_append_restore("\033[?1000l\033[?1002l\033[?1003l\033[?1006l\033[?1015l\033[?2004l");
    sp_append_restore(tigetstr("rmkx"));
    sp_append_restore(tigetstr("sgr0"));
    sp_append_restore(tigetstr("cnorm"));
    sp_append_restore(tigetstr("rmcup"));
}

/// The async-signal-safe restore: the saved bytes, then the saved terminal settings.
static inline void sp_restore_raw(void) {
    size_t done = 0, length = *sp_restore_length();
    while (done < length) {
        ssize_t n = write(STDOUT_FILENO, sp_restore_bytes() + done, length - done);
        if (n <= 0) break;
        done += (size_t)n;
    }
    if (*sp_has_saved_termios()) tcsetattr(STDIN_FILENO, TCSANOW, sp_saved_termios());
}

static inline void sp_restore_and_reraise(int sig) {
    if (sp_claim_restore()) sp_restore_raw();
    if (sig == SIGINT || sig == SIGTERM || sig == SIGHUP || sig == SIGQUIT) {
        signal(sig, SIG_DFL);
    } else if (sig > 0 && sig < 65) {
        sigaction(sig, &sp_previous_actions()[sig], NULL);
    }
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, sig);
    pthread_sigmask(SIG_UNBLOCK, &set, NULL);
    raise(sig);
}

static inline void sp_endwin_at_exit(void) {
    if (sp_claim_restore()) { endwin(); sp_restore_raw(); }
}

/// Installs the restoring handlers for INT, TERM, HUP, QUIT and the crash signals, and an atexit hook.
static inline void sp_install_restore_handlers(void) {
    static int installed = 0;
    if (installed) return;
    installed = 1;
    int signals[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL, SIGTRAP, SIGSYS };
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) {
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = sp_restore_and_reraise;
        sigfillset(&action.sa_mask);
        action.sa_flags = SA_RESETHAND | SA_NODEFER;
        sigaction(signals[i], &action, &sp_previous_actions()[signals[i]]);
    }
    atexit(sp_endwin_at_exit);
    // A parent may have blocked these (some job runners do); a full-screen program needs them:
    // resize (WINCH) and the ways a terminal session ends.
    sigset_t wanted;
    sigemptyset(&wanted);
    sigaddset(&wanted, SIGWINCH);
    sigaddset(&wanted, SIGINT);
    sigaddset(&wanted, SIGTERM);
    sigaddset(&wanted, SIGHUP);
    sigaddset(&wanted, SIGQUIT);
    sigaddset(&wanted, SIGTSTP);
    sigaddset(&wanted, SIGCONT);
    pthread_sigmask(SIG_UNBLOCK, &wanted, NULL);
}

/// Marks curses mode as entered (1) or left (0), for the restore handlers.
static inline void sp_set_curses_active(int active) { __atomic_store_n(sp_curses_flag(), active, __ATOMIC_SEQ_CST); }

#endif
