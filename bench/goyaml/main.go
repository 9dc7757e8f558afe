// The go-yaml v3 oracle for bench/yaml-parity.mjs: reads a JSON list of YAML texts on stdin and
// prints, for each, what Compose's YAML library does with it: the number of non-empty
// documents it decodes (each into interface{}, as compose-go does) or the error it gives, and
// the value, line and column of every scalar (from yaml.Node), one JSON object per line.
// Run: GO111MODULE=off GOPATH=/usr/share/gocode go run bench/goyaml/main.go < shapes.json
// (Debian: apt-get install golang-go golang-gopkg-yaml.v3-dev).
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"gopkg.in/yaml.v3"
)

type result struct {
	Docs    int     `json:"docs"`
	Error   string  `json:"error,omitempty"`
	Scalars [][]any `json:"scalars,omitempty"`
}

func scalars(n *yaml.Node, out *[][]any) {
	if n == nil {
		return
	}
	if n.Kind == yaml.ScalarNode {
		*out = append(*out, []any{n.Value, n.Line, n.Column})
	}
	for _, c := range n.Content {
		scalars(c, out)
	}
}

func main() {
	var texts []string
	if err := json.NewDecoder(os.Stdin).Decode(&texts); err != nil {
		panic(err)
	}
	enc := json.NewEncoder(os.Stdout)
	for _, text := range texts {
		r := result{}
		dec := yaml.NewDecoder(bytes.NewReader([]byte(text)))
		for {
			var v any
			err := dec.Decode(&v)
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				r.Error = fmt.Sprint(err)
				break
			}
			if v != nil {
				r.Docs++
			}
		}
		if r.Error == "" {
			var n yaml.Node
			if err := yaml.Unmarshal([]byte(text), &n); err == nil {
				scalars(&n, &r.Scalars)
			}
		}
		enc.Encode(r)
	}
}
