#include <sqlite3.h>

/// Turns off SQLite's memory statistics before the library initialises: they take a global mutex
/// around every allocation (about 6% of the ingest writer's time), and nothing here reads them.
/// Returns SQLITE_MISUSE, harmlessly, once the library is initialised.
static inline int akb_sqlite_skip_memory_statistics(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
