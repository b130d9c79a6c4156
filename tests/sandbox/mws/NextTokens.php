<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Sandbox\Mws;

/**
 * Opaque NextToken values for paged lists, stored in the state document "tokens".
 *
 * A token records the list it continues (its action without ByNextToken), the filters and the
 * offset of the next page. Tokens contain "+", "/" and "=", so a client that does not
 * percent-encode them fails the signature check or sends a token that is not found.
 */
final class NextTokens
{
    public function __construct(private readonly StateStore $state)
    {
    }

    /** @param array<string, mixed> $query */
    public function issue(string $list, array $query, int $offset): string
    {
        $token = 'NT+/' . base64_encode(random_bytes(22));
        $tokens = $this->state->read('tokens');
        $tokens[$token] = ['list' => $list, 'query' => $query, 'offset' => $offset];
        $this->state->write('tokens', $tokens);

        return $token;
    }

    /**
     * Returns [query, offset] of a token issued for $list.
     *
     * @return array{0: array<string, mixed>, 1: int}
     * @throws MwsError InvalidParameterValue for an unknown token or one of another list
     */
    public function redeem(string $list, string $token): array
    {
        $entry = $this->state->read('tokens')[$token] ?? null;
        if ($entry === null || $entry['list'] !== $list) {
            throw MwsError::invalidValue('NextToken', $token, "a NextToken returned by $list");
        }

        return [$entry['query'], (int) $entry['offset']];
    }

    /**
     * Cuts one page from $records and returns [page, next token or null].
     *
     * @param list<mixed> $records
     * @param array<string, mixed> $query
     * @return array{0: list<mixed>, 1: string|null}
     */
    public function page(string $list, array $records, array $query, int $offset, int $size): array
    {
        $page = array_slice($records, $offset, $size);
        $next = $offset + $size < count($records) ? $this->issue($list, $query, $offset + $size) : null;

        return [$page, $next];
    }
}
