
class StatisticsError(ValueError):
    pass


def _ratio(x):
    if isinstance(x, float):
        if x != x or x in (_INF, -_INF):
            return None
        return x.as_integer_ratio()
    if isinstance(x, int):
        return (int(x), 1)
    raise TypeError("can't convert type '%s' to numerator/denominator" % type(x).__name__)


_INF = float('inf')


def _sum(data, squares=False):
    # -> (is_float, count, special, num, den, sq_num): sum = num/den and, when asked,
    # sum of squares = sq_num/den**2; special is the inf/nan total when there is one.
    is_float = False
    count = 0
    special = None
    num = 0
    sq = 0
    den = 1
    for x in data:
        r = _ratio(x)
        count += 1
        if isinstance(x, float):
            is_float = True
        if r is None:
            special = x if special is None else special + x
            continue
        n, d = r
        if d > den:
            scale = d // den
            num *= scale
            sq *= scale * scale
            den = d
        elif d < den:
            scale = den // d
            n *= scale
        num += n
        if squares:
            sq += n * n
    return is_float, count, special, num, den, sq


def _convert(num, den, is_float):
    if not is_float and num % den == 0:
        return num // den
    return _ratio_float(num, den)


def mean(data):
    is_float, n, special, num, den, _ = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    if special is not None:
        return special / n
    return _convert(num, den * n, is_float)


def fmean(data, weights=None):
    data = list(data)
    n = len(data)
    if weights is None:
        if n == 0:
            raise StatisticsError('fmean requires at least one data point')
        return _fsum(data) / n
    weights = list(weights)
    num = _fsum([x * w for x, w in zip(data, weights)])
    if n != len(weights):
        raise StatisticsError('data and weights must be the same length')
    den = _fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    try:
        return _exp(fmean([_log(x) for x in data]))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def harmonic_mean(data, weights=None):
    data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
        w_num, w_den = n, 1
    else:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        for w in weights:
            if w < 0:
                raise StatisticsError(errmsg)
        _, _, _, w_num, w_den, _ = _sum(weights)
    terms = []
    try:
        for w, x in zip(weights, data):
            if x < 0:
                raise StatisticsError(errmsg)
            terms.append(w / x if w else 0)
    except ZeroDivisionError:
        return 0
    is_float, _, special, t_num, t_den, _ = _sum(terms)
    if special is not None:
        return w_num / w_den / special
    if t_num <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(w_num * t_den, w_den * t_num, is_float)


def _ss(data, c):
    # -> (is_float, count, special, num, den): the exact sum of squared deviations.
    if c is not None:
        devs = [(x - c) * (x - c) for x in data]
        is_float, n, special, num, den, _ = _sum(devs)
        return is_float, n, special, num, den
    is_float, n, special, num, den, sq = _sum(data, True)
    if n == 0 or special is not None:
        return is_float, n, special, 0, 1
    return is_float, n, None, n * sq - num * num, n * den * den


def _spread(data, c, offset, what, least):
    data = list(data)
    is_float, n, special, num, den = _ss(data, c)
    if n < least:
        raise StatisticsError('%s requires at least %s data point%s'
                              % (what, 'one' if least == 1 else 'two', '' if least == 1 else 's'))
    return is_float, special, num, den * (n - offset)


def variance(data, xbar=None):
    is_float, special, num, den = _spread(data, xbar, 1, 'variance', 2)
    if special is not None:
        return special
    return _convert(num, den, is_float)


def pvariance(data, mu=None):
    is_float, special, num, den = _spread(data, mu, 0, 'pvariance', 1)
    if special is not None:
        return special
    return _convert(num, den, is_float)


def stdev(data, xbar=None):
    is_float, special, num, den = _spread(data, xbar, 1, 'stdev', 2)
    if special is not None:
        return _sqrt(special)
    return _sqrt_ratio_float(num, den)


def pstdev(data, mu=None):
    is_float, special, num, den = _spread(data, mu, 0, 'pstdev', 1)
    if special is not None:
        return _sqrt(special)
    return _sqrt_ratio_float(num, den)


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def median_grouped(data, interval=1.0):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    x = data[n // 2]
    below = 0
    while data[below] < x:
        below += 1
    upto = below
    while upto < n and not (x < data[upto]):
        upto += 1
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    lower = x - interval / 2.0
    return lower + interval * (n / 2 - below) / (upto - below)


def _counts(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data):
    counts = _counts(data)
    if not counts:
        raise StatisticsError('no mode for empty data')
    best = None
    best_count = 0
    for value, count in counts.items():
        if count > best_count:
            best, best_count = value, count
    return best


def multimode(data):
    counts = _counts(data)
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, count in counts.items() if count == top]


def quantiles(data, *, n=4, method='exclusive'):
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    cuts = []
    if method == 'inclusive':
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            cuts.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return cuts
    if method == 'exclusive':
        m = ld + 1
        for i in range(1, n):
            j = min(max(i * m // n, 1), ld - 1)
            delta = i * m - j * n
            cuts.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return cuts
    raise ValueError('Unknown method: %r' % (method,))


def _paired(x, y, what):
    x = list(x)
    y = list(y)
    n = len(x)
    if len(y) != n:
        raise StatisticsError('%s requires that both inputs have same number of data points' % what)
    if n < 2:
        raise StatisticsError('%s requires at least two data points' % what)
    xbar = _fsum(x) / n
    ybar = _fsum(y) / n
    sxy = _fsum([(a - xbar) * (b - ybar) for a, b in zip(x, y)])
    sxx = _fsum([(a - xbar) * (a - xbar) for a in x])
    syy = _fsum([(b - ybar) * (b - ybar) for b in y])
    return n, xbar, ybar, sxy, sxx, syy


def covariance(x, y, /):
    n, _, _, sxy, _, _ = _paired(x, y, 'covariance')
    return sxy / (n - 1)


def correlation(x, y, /):
    _, _, _, sxy, sxx, syy = _paired(x, y, 'correlation')
    try:
        return sxy / _sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


class LinearRegression(tuple):
    def __new__(cls, slope, intercept):
        return tuple.__new__(cls, (slope, intercept))

    @property
    def slope(self):
        return self[0]

    @property
    def intercept(self):
        return self[1]

    def __repr__(self):
        return 'LinearRegression(slope=%r, intercept=%r)' % (self[0], self[1])


def linear_regression(x, y, /, *, proportional=False):
    x = list(x)
    y = list(y)
    n = len(x)
    what = 'linear regression'
    if len(y) != n:
        raise StatisticsError('%s requires that both inputs have same number of data points' % what)
    if n < 2:
        raise StatisticsError('%s requires at least two data points' % what)
    if proportional:
        sxy = _fsum([a * b for a, b in zip(x, y)])
        sxx = _fsum([a * a for a in x])
        xbar = ybar = 0.0
    else:
        _, xbar, ybar, sxy, sxx, _ = _paired(x, y, what)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    return LinearRegression(slope, 0.0 if proportional else ybar - slope * xbar)


# Wichura's algorithm AS 241 (PPND16) for the inverse of the standard normal CDF: a
# rational approximation near the centre and two in the tails, coefficients highest
# power first.
_PPND_CENTRE = (
    (2509.0809287301226727, 33430.575583588128105, 67265.770927008700853,
     45921.953931549871457, 13731.693765509461125, 1971.5909503065514427,
     133.14166789178437745, 3.387132872796366608),
    (5226.495278852854561, 28729.085735721942674, 39307.89580009271061,
     21213.794301586595867, 5394.1960214247511077, 687.1870074920579083,
     42.313330701600911252, 1.0),
)
_PPND_NEAR = (
    (7.7454501427834140764e-4, 0.0227238449892691845833, 0.24178072517745061177,
     1.27045825245236838258, 3.64784832476320460504, 5.7694972214606914055,
     4.6303378461565452959, 1.42343711074968357734),
    (1.05075007164441684324e-9, 5.475938084995344946e-4, 0.0151986665636164571966,
     0.14810397642748007459, 0.68976733498510000455, 1.6763848301838038494,
     2.05319162663775882187, 1.0),
)
_PPND_FAR = (
    (2.01033439929228813265e-7, 2.71155556874348757815e-5, 0.0012426609473880784386,
     0.026532189526576123093, 0.29656057182850489123, 1.7848265399172913358,
     5.4637849111641143699, 6.6579046435011037772),
    (2.04426310338993978564e-15, 1.4215117583164458887e-7, 1.8463183175100546818e-5,
     7.868691311456132591e-4, 0.0148753612908506148525, 0.13692988092273580531,
     0.59983220655588793769, 1.0),
)


def _poly(coefficients, r):
    # Horner's rule, in the same operation order as the published algorithm.
    acc = coefficients[0]
    for c in coefficients[1:]:
        acc = acc * r + c
    return acc


def _inv_cdf(p, mu, sigma):
    q = p - 0.5
    if _fabs(q) <= 0.425:
        r = 0.180625 - q * q
        num, den = _PPND_CENTRE
        return mu + (_poly(num, r) * q / _poly(den, r)) * sigma
    r = _sqrt(-_log(p if q <= 0.0 else 1.0 - p))
    num, den = _PPND_NEAR if r <= 5.0 else _PPND_FAR
    r = r - 1.6 if r <= 5.0 else r - 5.0
    x = _poly(num, r) / _poly(den, r)
    if q < 0.0:
        x = -x
    return mu + x * sigma


class NormalDist:
    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        data = list(data)
        if len(data) < 2:
            raise StatisticsError('stdev requires at least two data points')
        return cls(float(mean(data)), stdev(data))

    def samples(self, n, *, seed=None):
        gauss = _random.gauss if seed is None else _random.Random(seed).gauss
        return [gauss(self._mu, self._sigma) for _ in range(n)]

    def pdf(self, x):
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        diff = x - self._mu
        return _exp(diff * diff / (-2.0 * variance)) / _sqrt(_tau * variance)

    def cdf(self, x):
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + _erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return _inv_cdf(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        a, b = self, other
        # Ordered so that a.overlap(b) == b.overlap(a) exactly.
        if (b._sigma, b._mu) < (a._sigma, a._mu):
            a, b = b, a
        a_var, b_var = a.variance, b.variance
        if not a_var or not b_var:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = b_var - a_var
        dm = _fabs(b._mu - a._mu)
        if not dv:
            return 1.0 - _erf(dm / (2.0 * a._sigma * _SQRT2))
        num = a._mu * b_var - b._mu * a_var
        root = a._sigma * b._sigma * _sqrt(dm * dm + dv * _log(b_var / a_var))
        x1 = (num + root) / dv
        x2 = (num - root) / dv
        return 1.0 - (_fabs(b.cdf(x1) - a.cdf(x1)) + _fabs(b.cdf(x2) - a.cdf(x2)))

    def zscore(self, x):
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma * self._sigma

    def __add__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu + other._mu, _hypot(self._sigma, other._sigma))
        return NormalDist(self._mu + other, self._sigma)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu - other._mu, _hypot(self._sigma, other._sigma))
        return NormalDist(self._mu - other, self._sigma)

    def __rsub__(self, other):
        return -(self - other)

    def __mul__(self, other):
        return NormalDist(self._mu * other, self._sigma * _fabs(other))

    __rmul__ = __mul__

    def __truediv__(self, other):
        return NormalDist(self._mu / other, self._sigma / _fabs(other))

    def __pos__(self):
        return NormalDist(self._mu, self._sigma)

    def __neg__(self):
        return NormalDist(-self._mu, self._sigma)

    def __eq__(self, other):
        if not isinstance(other, NormalDist):
            return NotImplemented
        return self._mu == other._mu and self._sigma == other._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'


_SQRT2 = _sqrt(2.0)
