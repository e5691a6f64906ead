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
#include <ncursesw/curses.h>

int wcwidth(wchar_t c);

// Macros and globals Swift 6 cannot import directly.
static inline unsigned int sp_a_bold(void) { return A_BOLD; }
static inline unsigned int sp_a_reverse(void) { return A_REVERSE; }
static inline unsigned int sp_a_dim(void) { return A_DIM; }
static inline unsigned int sp_a_underline(void) { return A_UNDERLINE; }
static inline unsigned int sp_a_normal(void) { return A_NORMAL; }
static inline mmask_t sp_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }
static inline mmask_t sp_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t sp_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t sp_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t sp_button1_double_clicked(void) { return BUTTON1_DOUBLE_CLICKED; }
static inline mmask_t sp_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t sp_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline WINDOW *sp_stdscr(void) { return stdscr; }
static inline int sp_lines(void) { return LINES; }
static inline int sp_cols(void) { return COLS; }
static inline int sp_colors(void) { return COLORS; }
static inline int sp_color_pairs(void) { return COLOR_PAIRS; }
#endif
