# Strong reference for bench.ts: R's lm() + summary() on OLS 1M x 14 (with intercept).
# Run by bench.ts with Rscript when it is installed. Prints one JSON line: the median of the
# process CPU times (user + system) of `repeats` fits, in seconds.
args <- commandArgs(trailingOnly = TRUE)
rows <- if (length(args) >= 1) as.integer(args[[1]]) else 1000000L
predictors <- if (length(args) >= 2) as.integer(args[[2]]) else 14L
repeats <- if (length(args) >= 3) as.integer(args[[3]]) else 3L
set.seed(20240101)
x <- matrix(0, rows, predictors)
for (j in seq_len(predictors)) {
  x[, j] <- 3 + rnorm(rows) + if (j > 1) 0.3 * x[, j - 1] else 0
}
beta <- ((seq_len(predictors) - 1) %% 3) - 1 + (seq_len(predictors) - 1) / 10
data <- as.data.frame(x)
data$y <- 2 + drop(x %*% beta) + 2 * rnorm(rows)
formula <- reformulate(colnames(x, do.NULL = FALSE, prefix = "V"), response = "y")
times <- vapply(seq_len(repeats), function(i) {
  t <- system.time(summary(lm(formula, data = data)))
  t[["user.self"]] + t[["sys.self"]]
}, numeric(1))
cat(sprintf('{"lmSummarySeconds": %.6f, "r": "%s"}\n', median(times), R.version$version.string))
