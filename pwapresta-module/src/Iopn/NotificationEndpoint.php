<?php

declare(strict_types=1);

namespace PwaPresta\Module\Iopn;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Api;
use PwaPresta\Exception\FutureTimestampException;
use PwaPresta\Exception\MissingFieldException;
use PwaPresta\Exception\PwaPrestaException;
use PwaPresta\Exception\SignatureMismatchException;
use PwaPresta\Exception\StaleTimestampException;
use PwaPresta\Exception\UnknownAccessKeyException;
use PwaPresta\Module\Config\Settings;
use PwaPresta\Module\Order\ImportException;
use PwaPresta\Module\Support\Clock;
use PwaPresta\Module\Support\Logger;
use PwaPresta\Module\Support\UnavailableException;

/**
 * The IOPN endpoint at the HTTP level: method, body size, verification, storage, then processing.
 *
 * Responses: 405 for another method than POST; 413 for a body over MAX_BODY_BYTES or over PHP's
 * post_max_size when that is lower; 415 for a body PHP did not decode into form fields; 503 while the module
 * has no keys or the shop cannot act (database down, lock busy) so Amazon retries; 404 when the
 * merchant switched IOPN off; 403 for a forged, unsigned, stale or future notification (nothing is
 * stored, so a forger cannot fill the log); 400 for a signed notification whose data is malformed or
 * unusable (stored with its raw body for inspection), and for a UUID or NotificationReferenceId already
 * stored with other content (a replayed signature: logged, not stored); 200 when processed, and for a
 * repeat of a notification already processed.
 */
final class NotificationEndpoint
{
    /** NotificationData is at most 4 MiB (the parser's limit); form encoding may triple it. */
    public const MAX_BODY_BYTES = 12 * 1024 * 1024;

    /** Maximum UUID length in bytes that the notification and delivery tables store (Amazon's have 36). */
    public const MAX_UUID_BYTES = 64;

    /** Fields whose absence means the delivery is not signed at all. */
    private const SIGNATURE_FIELDS = ['Signature', 'AWSAccessKeyId', 'UUID', 'Timestamp'];

    public function __construct(
        private Settings $settings,
        private NotificationStore $store,
        private NotificationProcessor $processor,
        private Clock $clock,
        private Logger $logger,
        private int $maxBodyBytes = self::MAX_BODY_BYTES,
    ) {
    }

    public function handle(IopnRequest $request): IopnResponse
    {
        if ($request->method !== 'POST') {
            return new IopnResponse(405, 'Method not allowed: send the notification with POST.', ['Allow' => 'POST']);
        }

        if ($request->bodyLength > $this->maxBodyBytes) {
            return $this->tooLarge($request->bodyLength);
        }

        if ($request->fields === [] && $request->rawBody !== '') {
            $this->logger->warning(sprintf(
                'IOPN rejected (415): a body of %d bytes without form fields.',
                $request->bodyLength,
            ));

            return new IopnResponse(415, 'Send the notification as application/x-www-form-urlencoded form fields.');
        }

        if (!$this->settings->acceptsIopn()) {
            return new IopnResponse(404, 'IOPN is switched off in the module settings.');
        }

        if (!$this->settings->isConfigured()) {
            $this->logger->error('IOPN received but the module has no merchant id or keys yet: answered 503.');

            return new IopnResponse(503, 'Payment module not configured yet.');
        }

        $rejection = $this->verify($request->fields);
        if ($rejection !== null) {
            return $rejection;
        }

        try {
            return $this->storeAndProcess($request);
        } catch (UnavailableException $exception) {
            $this->logger->error(sprintf('IOPN %s not processed now: %s', $this->uuidOf($request), $exception->getMessage()));

            return new IopnResponse(503, 'Temporarily unable to process the notification.', ['Retry-After' => '60']);
        }
    }

    private function tooLarge(int $bodyLength): IopnResponse
    {
        $fix = $this->maxBodyBytes < self::MAX_BODY_BYTES
            ? sprintf(', which is PHP\'s post_max_size: raise post_max_size to %dM', self::MAX_BODY_BYTES >> 20)
            : '';
        $this->logger->warning(sprintf(
            'IOPN rejected (413): body of %d bytes is over the limit of %d bytes%s.',
            $bodyLength,
            $this->maxBodyBytes,
            $fix,
        ));

        return new IopnResponse(413, sprintf(
            'Request body too large: %d bytes, the limit is %d bytes.',
            $bodyLength,
            $this->maxBodyBytes,
        ));
    }

    /** Returns the response to a delivery that fails verification, or null when it passes. */
    private function verify(array $fields): ?IopnResponse
    {
        try {
            Api::verifyNotification(
                $fields,
                $this->settings->secretKey(),
                $this->settings->accessKeyId(),
                $this->clock->now(),
            );

            return null;
        } catch (SignatureMismatchException | StaleTimestampException | FutureTimestampException
            | UnknownAccessKeyException $exception) {
            $this->logger->warning(sprintf(
                'IOPN %s rejected (403): %s',
                $this->fieldOf($fields, 'UUID'),
                (new \ReflectionClass($exception))->getShortName(),
            ));

            return new IopnResponse(403, 'Notification signature or timestamp rejected.');
        } catch (MissingFieldException $exception) {
            $unsigned = array_filter(self::SIGNATURE_FIELDS, fn (string $name) => $this->fieldOf($fields, $name) === '');
            $status = $unsigned === [] ? 400 : 403;
            $this->logger->warning(sprintf('IOPN rejected (%d): %s', $status, $exception->getMessage()));

            return new IopnResponse($status, 'Notification incomplete: ' . $exception->getMessage());
        } catch (PwaPrestaException $exception) {
            $this->logger->warning(sprintf('IOPN rejected (400): %s', $exception->getMessage()));

            return new IopnResponse(400, 'Notification invalid: ' . $exception->getMessage());
        }
    }

    private function storeAndProcess(IopnRequest $request): IopnResponse
    {
        $fields = $request->fields;
        $uuid = $this->fieldOf($fields, 'UUID');
        $type = $this->fieldOf($fields, 'NotificationType');
        $contentHash = self::contentHash($fields);
        if (strlen($uuid) > self::MAX_UUID_BYTES) {
            $this->logger->warning(sprintf(
                'IOPN rejected (400): its UUID is %d bytes long, over the limit of %d.',
                strlen($uuid),
                self::MAX_UUID_BYTES,
            ));

            return new IopnResponse(400, sprintf('UUID is longer than %d bytes.', self::MAX_UUID_BYTES));
        }

        // The signature covers UUID and Timestamp only, so a verified UUID seen again with other content
        // is a captured signature replayed with a forged body, even when no notification row has it.
        if (!$this->store->recordDelivery($uuid, $contentHash)) {
            $this->logger->warning(sprintf(
                'IOPN %s (%s) rejected (400): this UUID was verified before with other content.',
                $uuid,
                $type,
            ));

            return self::reusedUuid();
        }

        $row = [
            'uuid' => $uuid,
            'notification_type' => $type,
            'notification_reference_id' => null,
            'amazon_order_id' => null,
            'status' => NotificationStatus::RECEIVED,
            'message' => null,
            'raw_body' => $request->rawBody !== '' ? $request->rawBody : http_build_query($fields),
        ];

        try {
            $order = Api::parseNotification($this->fieldOf($fields, 'NotificationData'));
            if ($order['notification_type'] !== $type) {
                throw new ImportException(sprintf(
                    'NotificationData root element %s does not match NotificationType %s.',
                    (string) $order['notification_type'],
                    $type,
                ));
            }
        } catch (PwaPrestaException | ImportException $exception) {
            $row['status'] = NotificationStatus::REJECTED;
            $row['message'] = $exception->getMessage();
            $id = $this->store->store($row);
            $this->logger->error(sprintf('IOPN %s (%s) stored as #%d and rejected: %s', $uuid, $type, $id, $exception->getMessage()));

            return new IopnResponse(400, 'Notification data rejected: ' . $exception->getMessage());
        }

        $row['notification_reference_id'] = $order['notification_reference_id'];
        $row['amazon_order_id'] = $order['amazon_order_id'];
        $id = $this->store->store($row);

        // store() returns an older row when the UUID or the (reference id, type) is stored already, and
        // only a genuine redelivery, with the same content, may act on that row.
        $stored = $this->store->find($id);
        if ($stored === null || !hash_equals(self::storedContentHash($stored), $contentHash)) {
            $this->logger->warning(sprintf(
                'IOPN %s (%s) for Amazon order %s rejected (400): notification #%d has its UUID or reference id %s '
                . 'with other content.',
                $uuid,
                $type,
                (string) $order['amazon_order_id'],
                $id,
                (string) $order['notification_reference_id'],
            ));

            return self::reusedUuid();
        }

        return $this->process($id, $order);
    }

    /** @param array<string, mixed> $order the Order shape of PwaPresta\Api::parseNotification */
    private function process(int $id, array $order): IopnResponse
    {
        try {
            return new IopnResponse(200, $this->processor->process($id, $order));
        } catch (ImportException $exception) {
            return new IopnResponse(400, 'Notification data rejected: ' . $exception->getMessage());
        }
    }

    private static function reusedUuid(): IopnResponse
    {
        return new IopnResponse(400, 'UUID or NotificationReferenceId already used for a different notification.');
    }

    /**
     * Returns the SHA-256 (hex) of the NotificationType and NotificationData of $fields, each prefixed
     * with its length so that no two different pairs give the same input.
     *
     * @param array<string, mixed> $fields
     */
    private static function contentHash(array $fields): string
    {
        $type = self::fieldOf($fields, 'NotificationType');
        $data = self::fieldOf($fields, 'NotificationData');

        return hash('sha256', strlen($type) . ':' . $type . strlen($data) . ':' . $data);
    }

    /** @param array<string, mixed> $stored a row of NotificationStore, whose raw_body is the form body */
    private static function storedContentHash(array $stored): string
    {
        parse_str((string) ($stored['raw_body'] ?? ''), $storedFields);

        return self::contentHash($storedFields);
    }

    /** @param array<string, mixed> $fields */
    private static function fieldOf(array $fields, string $name): string
    {
        return isset($fields[$name]) && is_string($fields[$name]) ? $fields[$name] : '';
    }

    private function uuidOf(IopnRequest $request): string
    {
        return $this->fieldOf($request->fields, 'UUID');
    }
}
