<?php

declare(strict_types=1);

namespace PwaPresta\Module\Iopn;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * An HTTP request to the IOPN endpoint, as PHP received it.
 */
final class IopnRequest
{
    /**
     * @param array<string, mixed> $fields the POST fields as PHP decoded them ($_POST), never decoded again
     */
    public function __construct(
        public readonly string $method,
        public readonly array $fields,
        public readonly int $bodyLength,
        public readonly string $rawBody,
    ) {
    }
}
