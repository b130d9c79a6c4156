<?php

declare(strict_types=1);

namespace PwaPresta\Exception;

/**
 * An MWS request could not be sent or its answer not read (DNS, connection, TLS, timeout). Context: url, reason.
 */
final class TransportException extends \RuntimeException implements PwaPrestaException
{
    use ContextTrait;
}
