<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Sandbox;

use DateTimeImmutable;
use DateTimeZone;
use InvalidArgumentException;
use JsonException;

/**
 * Posts IOPN notifications to a merchant URL the way Amazon does: a form body with UUID,
 * Timestamp (ISO 8601 UTC with milliseconds), AWSAccessKeyId, Signature, NotificationType and
 * NotificationData, where Signature = base64(HMAC-SHA1(secret, UUID . Timestamp)). The
 * signature is computed here with hash_hmac(), independently of the project's engines, so a
 * signing bug in the module fails the tests. Only 127.0.0.1 URLs are accepted.
 */
final class IopnSandbox
{
    public function __construct(
        private readonly string $url,
        #[\SensitiveParameter] private readonly string $secretKey,
        private readonly string $accessKeyId
    ) {
        $scheme = parse_url($url, PHP_URL_SCHEME);
        if (!in_array($scheme, ['http', 'https'], true) || parse_url($url, PHP_URL_HOST) !== '127.0.0.1') {
            throw new InvalidArgumentException("Refusing $url: the sandbox only posts to http(s)://127.0.0.1.");
        }
    }

    /**
     * Creates a sandbox with the secret and access key id of tests/fixtures/iopn-lifecycle.
     */
    public static function withSampleKeys(string $url, ?string $expectedJson = null): self
    {
        $expectedJson ??= dirname(__DIR__) . '/fixtures/iopn-lifecycle/expected.json';
        try {
            $expected = json_decode((string) file_get_contents($expectedJson), true, 32, JSON_THROW_ON_ERROR);
        } catch (JsonException $e) {
            throw new InvalidArgumentException("Cannot read the sample keys from $expectedJson: " . $e->getMessage());
        }

        return new self($url, (string) $expected['secret_key'], (string) $expected['access_key_id']);
    }

    public static function sign(string $uuid, string $timestamp, #[\SensitiveParameter] string $secretKey): string
    {
        // Signature = Base64(HMAC-SHA1(secret key, UUID followed directly by Timestamp))
        return base64_encode(hash_hmac('sha1', $uuid . $timestamp, $secretKey, true));
    }

    public static function formatTimestamp(DateTimeImmutable $time): string
    {
        return $time->setTimezone(new DateTimeZone('UTC'))->format('Y-m-d\TH:i:s.v\Z');
    }

    public static function newUuid(): string
    {
        $bytes = random_bytes(16);
        $bytes[6] = chr((ord($bytes[6]) & 0x0f) | 0x40);
        $bytes[8] = chr((ord($bytes[8]) & 0x3f) | 0x80);
        $hex = bin2hex($bytes);

        return sprintf('%s-%s-%s-%s-%s', substr($hex, 0, 8), substr($hex, 8, 4), substr($hex, 12, 4), substr($hex, 16, 4), substr($hex, 20));
    }

    /**
     * Builds the form body Amazon would post, in the field order of Amazon's posts.
     */
    public function formBody(IopnNotification $notification, string $uuid, string $timestamp, string $signatureMode = 'valid'): string
    {
        $fields = ['UUID' => $uuid, 'Timestamp' => $timestamp, 'AWSAccessKeyId' => $this->accessKeyId];
        if ($signatureMode === 'valid') {
            $fields['Signature'] = self::sign($uuid, $timestamp, $this->secretKey);
        } elseif ($signatureMode === 'forged') {
            $fields['Signature'] = self::sign($uuid, $timestamp, 'forged/' . $this->secretKey);
        }
        $fields['NotificationType'] = $notification->type;
        $fields['NotificationData'] = $notification->data;

        return http_build_query($fields, '', '&', PHP_QUERY_RFC1738);
    }

    /**
     * Delivers the notification and returns one result per request, in sending order.
     *
     * @return list<DeliveryResult>
     */
    public function deliver(IopnNotification $notification, DeliveryOptions $options = new DeliveryOptions()): array
    {
        $sharedUuid = $this->initialUuid($notification, $options->uuid);
        $results = [];
        for ($round = 0; $round < $options->rounds; ++$round) {
            $requests = [];
            for ($i = 0; $i < $options->parallel; ++$i) {
                $uuid = $options->uuid === 'each' ? self::newUuid() : $sharedUuid;
                $timestamp = $this->timestamp($options->timestamp);
                $requests[] = [$uuid, $timestamp, $this->formBody($notification, $uuid, $timestamp, $options->signature)];
            }
            array_push($results, ...$this->post($requests));
        }

        return $results;
    }

    private function initialUuid(IopnNotification $notification, string $mode): string
    {
        if ($mode === 'fresh' || $mode === 'each') {
            return self::newUuid();
        }
        if ($mode === 'sample') {
            if ($notification->sampleUuid === null) {
                throw new InvalidArgumentException('uuid "sample" needs a notification read from a .post file.');
            }

            return $notification->sampleUuid;
        }

        return $mode;
    }

    private function timestamp(string $mode): string
    {
        $now = new DateTimeImmutable('now', new DateTimeZone('UTC'));

        return match ($mode) {
            'now' => self::formatTimestamp($now),
            'stale' => self::formatTimestamp($now->modify('-' . DeliveryOptions::STALE_SECONDS . ' seconds')),
            'future' => self::formatTimestamp($now->modify('+' . DeliveryOptions::STALE_SECONDS . ' seconds')),
            default => $mode,
        };
    }

    /**
     * Sends the requests at the same time and waits for every response.
     *
     * @param list<array{0: string, 1: string, 2: string}> $requests
     * @return list<DeliveryResult>
     */
    private function post(array $requests): array
    {
        $multi = curl_multi_init();
        $handles = [];
        foreach ($requests as [$uuid, $timestamp, $body]) {
            $handle = curl_init($this->url);
            curl_setopt_array($handle, [
                CURLOPT_POST => true,
                CURLOPT_POSTFIELDS => $body,
                CURLOPT_HTTPHEADER => ['Content-Type: application/x-www-form-urlencoded; charset=UTF-8'],
                CURLOPT_RETURNTRANSFER => true,
                CURLOPT_FOLLOWLOCATION => false,
                CURLOPT_TIMEOUT => 120,
            ]);
            curl_multi_add_handle($multi, $handle);
            $handles[] = $handle;
        }
        do {
            $status = curl_multi_exec($multi, $running);
            if ($running > 0) {
                curl_multi_select($multi, 1.0);
            }
        } while ($running > 0 && $status === CURLM_OK);

        $results = [];
        foreach ($handles as $index => $handle) {
            [$uuid, $timestamp] = $requests[$index];
            $results[] = new DeliveryResult(
                (int) curl_getinfo($handle, CURLINFO_RESPONSE_CODE),
                (string) curl_multi_getcontent($handle),
                $uuid,
                $timestamp,
                curl_error($handle)
            );
            curl_multi_remove_handle($multi, $handle);
            curl_close($handle);
        }
        curl_multi_close($multi);

        return $results;
    }
}
