<?php

declare(strict_types=1);

namespace PwaPresta\Module\Jobs;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * The jobs reachable from the cron URL, the command line and the cron tasks manager, by name.
 */
final class JobRegistry
{
    /** @var array<string, callable(): Job> job name => factory, in registration order */
    private array $factories = [];

    /**
     * Adds a job; $factory builds it only when it runs, so listing jobs opens no connection.
     *
     * @param callable(): Job $factory
     */
    public function add(string $name, callable $factory): self
    {
        if (preg_match('/^[a-z]{1,32}$/D', $name) !== 1) {
            throw new \InvalidArgumentException(sprintf('Job name "%s" is invalid: use 1 to 32 lower-case letters.', $name));
        }
        $this->factories[$name] = $factory;

        return $this;
    }

    /** @return list<string> */
    public function names(): array
    {
        return array_keys($this->factories);
    }

    public function has(string $name): bool
    {
        return isset($this->factories[$name]);
    }

    /** @throws \InvalidArgumentException for an unknown name, listing the known ones */
    public function get(string $name): Job
    {
        if (!$this->has($name)) {
            throw new \InvalidArgumentException(sprintf(
                'Unknown job "%s": use one of %s.',
                $name,
                implode(', ', $this->names()),
            ));
        }

        return ($this->factories[$name])();
    }
}
