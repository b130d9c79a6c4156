<?php

declare(strict_types=1);

namespace PwaPresta\Php\Mws\Response;

/**
 * One XML element: local name, attributes (local names), its own text and its child elements.
 *
 * Twin of `Element` in the Rust module `mws::response::element`.
 */
final class Element
{
    /** @var array<string, string> */
    public array $attributes = [];

    public string $text = '';

    /** @var list<Element> */
    public array $children = [];

    public function __construct(public readonly string $name)
    {
    }

    /** The first child element with this local name. */
    public function child(string $name): ?self
    {
        foreach ($this->children as $child) {
            if ($child->name === $name) {
                return $child;
            }
        }

        return null;
    }

    /** @return list<Element> every child element with this local name, in document order */
    public function childrenNamed(string $name): array
    {
        $found = [];
        foreach ($this->children as $child) {
            if ($child->name === $name) {
                $found[] = $child;
            }
        }

        return $found;
    }

    /** The text without surrounding XML whitespace, or null when that is empty. */
    public function trimmedText(): ?string
    {
        $trimmed = trim($this->text, " \t\n\r");

        return $trimmed === '' ? null : $trimmed;
    }

    /** The trimmed, non-empty text of the first child with this name. */
    public function childText(string $name): ?string
    {
        return $this->child($name)?->trimmedText();
    }

    public function attribute(string $name): ?string
    {
        return $this->attributes[$name] ?? null;
    }
}
