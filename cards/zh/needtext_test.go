package zh

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestNeedTextGate reads the package's source: every rule readingNeed
// asks that opens with a test of one text (sn.toks[k].Text != "累") is
// asked under x.is(text…) of that text's needText, and every rule asked
// under such a gate opens with a test of a text of that needText. A rule
// under another word's gate would never be asked of its own word.
// (TestNeedGate's checkGate also compares the analysis with every gate
// open.)
func TestNeedTextGate(t *testing.T) {
	fset := token.NewFileSet()
	funcs := map[string]*ast.FuncDecl{}
	names, err := os.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range names {
		if !strings.HasSuffix(d.Name(), ".go") || strings.HasSuffix(d.Name(), "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, d.Name(), nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, decl := range f.Decls {
			if fd, ok := decl.(*ast.FuncDecl); ok && fd.Recv != nil {
				funcs["."+fd.Name.Name] = fd
			} else if ok {
				funcs[fd.Name.Name] = fd
			}
		}
	}
	need := funcs[".readingNeed"]
	if need == nil {
		t.Fatal("no readingNeed")
	}
	textConst := map[string]needText{}
	for text, x := range needTextOf {
		if x == textNone || x == textOpen {
			t.Errorf("needTextOf[%q] is %d", text, x)
		}
		textConst[text] = x
	}
	gatedRules, textRules := 0, 0
	var walk func(n ast.Node, gates []needText)
	walk = func(n ast.Node, gates []needText) {
		ast.Inspect(n, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.IfStmt:
				if n.Init != nil {
					walk(n.Init, gates)
				}
				walk(n.Cond, gates)
				inner := append(gates[:len(gates):len(gates)], gatesIn(t, n.Cond)...)
				walk(n.Body, inner)
				if n.Else != nil {
					walk(n.Else, gates)
				}
				return false
			case *ast.BinaryExpr:
				if n.Op == token.LAND {
					walk(n.X, gates)
					walk(n.Y, append(gates[:len(gates):len(gates)], gatesIn(t, n.X)...))
					return false
				}
			case *ast.CallExpr:
				name := calledName(n)
				if name == ".is" {
					return false
				}
				fd := funcs[name]
				if fd == nil {
					return true
				}
				text, ok := opensWithText(fd)
				if ok {
					textRules++
				}
				if len(gates) > 0 {
					gatedRules++
					if !ok {
						t.Errorf("readingNeed asks %s under a text's gate: it opens with no test of one text", name)
					}
				}
				if !ok {
					return true
				}
				want, listed := textConst[text]
				if !listed {
					t.Errorf("%s is about %q, which needTextOf does not list", name, text)
					return true
				}
				found := false
				for _, g := range gates {
					if g == want {
						found = true
					} else {
						t.Errorf("%s, about %q, is asked under the gate of another word (%d)", name, text, g)
					}
				}
				if !found {
					t.Errorf("%s, about %q, is asked without x.is(text%s)", name, text, text)
				}
			}
			return true
		})
	}
	walk(need.Body, nil)
	if textRules < 20 || gatedRules != textRules {
		t.Errorf("%d rules about one text, %d of them gated", textRules, gatedRules)
	}
	t.Logf("%d rules about one text in readingNeed", textRules)
}

// gatesIn returns the needTexts of the x.is(textW) tests that are
// operands of cond's && chain.
func gatesIn(t *testing.T, cond ast.Expr) []needText {
	var out []needText
	for _, e := range operands(cond, token.LAND) {
		c, ok := e.(*ast.CallExpr)
		if !ok || calledName(c) != ".is" || len(c.Args) != 1 {
			continue
		}
		id, ok := c.Args[0].(*ast.Ident)
		if !ok {
			t.Fatalf("a gate of readingNeed names no text constant")
		}
		x, ok := needTextOf[strings.TrimPrefix(id.Name, "text")]
		if !ok {
			t.Fatalf("%s: no word of needTextOf", id.Name)
		}
		out = append(out, x)
	}
	return out
}

// opensWithText returns the text fd is about when its first statement is
// an if whose || chain tests sn.toks[k].Text != "W", or a return whose
// && chain tests sn.toks[k].Text == "W".
func opensWithText(fd *ast.FuncDecl) (string, bool) {
	if fd.Body == nil || len(fd.Body.List) == 0 {
		return "", false
	}
	var chain []ast.Expr
	op := token.NEQ
	switch s := fd.Body.List[0].(type) {
	case *ast.IfStmt:
		if s.Init != nil {
			return "", false
		}
		chain = operands(s.Cond, token.LOR)
	case *ast.ReturnStmt:
		if len(s.Results) != 1 {
			return "", false
		}
		chain, op = operands(s.Results[0], token.LAND), token.EQL
	}
	for _, e := range chain {
		b, ok := e.(*ast.BinaryExpr)
		if !ok || b.Op != op || exprString(b.X) != "sn.toks[k].Text" {
			continue
		}
		if lit, ok := b.Y.(*ast.BasicLit); ok && lit.Kind == token.STRING {
			text, err := strconv.Unquote(lit.Value)
			return text, err == nil
		}
	}
	return "", false
}

// operands flattens e's chain of op (&& or ||), parentheses dropped.
func operands(e ast.Expr, op token.Token) []ast.Expr {
	if p, ok := e.(*ast.ParenExpr); ok {
		return operands(p.X, op)
	}
	if b, ok := e.(*ast.BinaryExpr); ok && b.Op == op {
		return append(operands(b.X, op), operands(b.Y, op)...)
	}
	return []ast.Expr{e}
}

// calledName is the name of the function c calls, or of its method after
// a dot (".is").
func calledName(c *ast.CallExpr) string {
	switch f := c.Fun.(type) {
	case *ast.Ident:
		return f.Name
	case *ast.SelectorExpr:
		return "." + f.Sel.Name
	}
	return ""
}

// exprString renders the expressions the text tests use (sn.toks[k].Text).
func exprString(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Ident:
		return e.Name
	case *ast.SelectorExpr:
		return exprString(e.X) + "." + e.Sel.Name
	case *ast.IndexExpr:
		return exprString(e.X) + "[" + exprString(e.Index) + "]"
	}
	return "?"
}
