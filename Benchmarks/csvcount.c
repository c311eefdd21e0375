/* csvcount: the plain C baseline for CSVReader benchmarks.
 * Counts libcsv fields and rows of FILE, read in 64 KiB fread chunks, with the
 * options CSVReader uses (CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL).
 * Build: cc -O2 -o csvcount Benchmarks/csvcount.c -lcsv
 * Usage: csvcount FILE [DELIMITER]   (one character, default ',')
 * Prints: fields=N rows=M bytes=B */
#include <csv.h>
#include <stdio.h>
#include <string.h>

struct counts { size_t fields, rows; };

static void on_field(void *data, size_t len, void *ctx) { (void)data; (void)len; ((struct counts *)ctx)->fields++; }
static void on_row(int term, void *ctx) { (void)term; ((struct counts *)ctx)->rows++; }

int main(int argc, char **argv) {
    if (argc < 2 || argc > 3 || (argc == 3 && strlen(argv[2]) != 1)) {
        fprintf(stderr, "usage: %s FILE [DELIMITER]\n", argv[0]);
        return 64;
    }
    FILE *fp = fopen(argv[1], "rb");
    if (!fp) { perror(argv[1]); return 66; }
    struct csv_parser p;
    if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL) != 0) { fclose(fp); return 70; }
    csv_set_delim(&p, argc == 3 ? (unsigned char)argv[2][0] : ',');
    static char buf[1 << 16];
    struct counts c = {0, 0};
    size_t n, bytes = 0;
    int status = 0;
    while ((n = fread(buf, 1, sizeof buf, fp)) > 0) {
        bytes += n;
        if (csv_parse(&p, buf, n, on_field, on_row, &c) != n) {
            fprintf(stderr, "%s: %s\n", argv[1], csv_strerror(csv_error(&p)));
            status = 65;
            break;
        }
    }
    if (status == 0 && csv_fini(&p, on_field, on_row, &c) != 0) {
        fprintf(stderr, "%s: %s\n", argv[1], csv_strerror(csv_error(&p)));
        status = 65;
    }
    csv_free(&p);
    fclose(fp);
    printf("fields=%zu rows=%zu bytes=%zu\n", c.fields, c.rows, bytes);
    return status;
}
