/*
 * measure: runs one command and prints its wall time, peak memory, exit status and CPU time.
 *
 *   measure COMMAND [ARG...]     prints `WALL_NS MAXRSS_KIB EXIT CPU_NS` on stdout; the command's
 *                                own stdout goes to /dev/null, its stderr passes through
 *
 * benchmarks/run.py starts every whole-process run through this small program rather than
 * from Python itself: a child forked from Python starts with Python's pages mapped, and Linux
 * counts them in the child's peak memory (ru_maxrss) until it calls exec, so every program looked
 * at least as big as Python (about 14-16 MiB). Forked from this program the floor is about 1 MiB.
 * Wall time is CLOCK_MONOTONIC from just before fork to just after wait4.
 *
 * Build: cc -O2 -o measure measure.c
 */
#include <fcntl.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: measure COMMAND [ARG...]\n");
        return 64;
    }
    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    pid_t pid = fork();
    if (pid < 0) {
        perror("measure: fork");
        return 71;
    }
    if (pid == 0) {
        int null = open("/dev/null", O_WRONLY);
        if (null >= 0) dup2(null, 1);
        execvp(argv[1], argv + 1);
        perror("measure: exec");
        _exit(127);
    }
    int status = 0;
    struct rusage usage;
    if (wait4(pid, &status, 0, &usage) < 0) {
        perror("measure: wait4");
        return 71;
    }
    clock_gettime(CLOCK_MONOTONIC, &end);
    long long wall = (long long)(end.tv_sec - start.tv_sec) * 1000000000LL + (end.tv_nsec - start.tv_nsec);
    long long cpu = (long long)(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000000000LL +
                    (long long)(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) * 1000LL;
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    printf("%lld %ld %d %lld\n", wall, usage.ru_maxrss, code, cpu);
    return 0;
}
